package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.application.port.in.NurtureStatisticsView;
import io.leadflow.nurturing.application.port.in.StatisticsPeriod;

/** The aggregates behind marketing's statistics, computed where the data is. */
public interface NurtureStatistics {

    NurtureStatisticsView compute(StatisticsPeriod period);
}
