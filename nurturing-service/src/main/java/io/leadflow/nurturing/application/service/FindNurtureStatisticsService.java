package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.FindNurtureStatisticsQuery;
import io.leadflow.nurturing.application.port.in.NurtureStatisticsView;
import io.leadflow.nurturing.application.port.in.StatisticsPeriod;
import io.leadflow.nurturing.application.port.out.NurtureStatistics;
import org.springframework.transaction.annotation.Transactional;

class FindNurtureStatisticsService implements FindNurtureStatisticsQuery {

    private final NurtureStatistics statistics;

    FindNurtureStatisticsService(NurtureStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    @Transactional(readOnly = true)
    public NurtureStatisticsView findStatistics(StatisticsPeriod period) {
        return statistics.compute(period);
    }
}
