package io.leadflow.nurturing.application.port.in;

/** Marketing's statistics on rejected and nurtured leads. */
public interface FindNurtureStatisticsQuery {

    NurtureStatisticsView findStatistics(StatisticsPeriod period);
}
