package io.leadflow.scoring.application.service;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.FindFunnelReportQuery;
import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.application.port.in.StalledSql;
import io.leadflow.scoring.application.port.out.FunnelReports;
import io.leadflow.scoring.domain.ExchangeRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.transaction.annotation.Transactional;

class FindFunnelReportService implements FindFunnelReportQuery {

    private static final Duration LONGEST = Duration.ofDays(731);
    private static final int STALLED_LIMIT = 500;

    private final FunnelReports reports;
    private final Clock clock;
    private final ExchangeRates rates;

    FindFunnelReportService(FunnelReports reports, Clock clock, ExchangeRates rates) {
        this.reports = reports;
        this.clock = clock;
        this.rates = rates;
    }

    @Override
    @Transactional(readOnly = true)
    public FunnelReport findFunnel(Instant from, Instant to, FunnelDimension by) {
        check(from, to);
        List<FunnelReport.Row> rows = reports.funnel(from, to, by).stream()
                .map(row -> row.convertedWith(rates))
                .toList();
        return new FunnelReport(
                by.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                from,
                to,
                rows,
                total(rows).convertedWith(rates));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StalledSql> findStalledSqls(Instant from, Instant to) {
        check(from, to);
        return reports.stalled(from, to, clock.instant(), STALLED_LIMIT);
    }

    static FunnelReport.Row total(List<FunnelReport.Row> rows) {
        long mql = 0, sal = 0, sql = 0, opportunity = 0, won = 0, lost = 0;
        Map<String, BigDecimal> revenue = new TreeMap<>();
        for (FunnelReport.Row r : rows) {
            mql += r.mql();
            sal += r.sal();
            sql += r.sql();
            opportunity += r.opportunity();
            won += r.won();
            lost += r.lost();
            r.revenue().forEach((currency, amount) -> revenue.merge(currency, amount, BigDecimal::add));
        }
        return new FunnelReport.Row("total", mql, sal, sql, opportunity, won, lost, revenue);
    }

    private static void check(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new InvalidValueException(
                    from == null ? "from" : "to", "period.required", "a report needs from and to");
        }
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "period.order", "to must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidValueException("to", "period.length", "a report covers at most two years");
        }
    }
}
