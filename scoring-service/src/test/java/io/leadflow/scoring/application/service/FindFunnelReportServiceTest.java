package io.leadflow.scoring.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.application.port.in.StalledSql;
import io.leadflow.scoring.application.port.out.FunnelReports;
import io.leadflow.scoring.domain.ExchangeRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindFunnelReportServiceTest {

    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    private final List<FunnelReport.Row> rows = List.of(
            new FunnelReport.Row("email", 4, 3, 2, 2, 1, 1, Map.of("USD", new BigDecimal("1000.00"))),
            new FunnelReport.Row(
                    "trade_show",
                    6,
                    4,
                    3,
                    2,
                    2,
                    0,
                    Map.of("EUR", new BigDecimal("500.00"), "SEK", new BigDecimal("9000.00"))));

    private final FunnelReports reports = new FunnelReports() {
        @Override
        public List<FunnelReport.Row> funnel(Instant from, Instant to, FunnelDimension by) {
            return rows;
        }

        @Override
        public List<StalledSql> stalled(Instant from, Instant to, Instant now, int limit) {
            return List.of();
        }
    };

    @Test
    void every_row_and_the_total_keep_revenue_per_currency_and_add_it_up_where_a_rate_is_known() {
        var service = new FindFunnelReportService(
                reports,
                Clock.fixed(TO, ZoneOffset.UTC),
                new ExchangeRates("EUR", Map.of("USD", new BigDecimal("0.9"))));

        FunnelReport report = service.findFunnel(FROM, TO, FunnelDimension.CHANNEL);

        assertThat(report.rows().get(0).inReportingCurrency().amount()).isEqualByComparingTo("900.00");
        assertThat(report.rows().get(1).inReportingCurrency().amount()).isEqualByComparingTo("500.00");
        assertThat(report.rows().get(1).inReportingCurrency().withoutRate()).containsExactly("SEK");
        assertThat(report.total().revenue())
                .containsOnlyKeys("EUR", "USD", "SEK")
                .containsEntry("SEK", new BigDecimal("9000.00"));
        assertThat(report.total().inReportingCurrency().currency()).isEqualTo("EUR");
        assertThat(report.total().inReportingCurrency().amount()).isEqualByComparingTo("1400.00");
        assertThat(report.total().inReportingCurrency().withoutRate()).containsExactly("SEK");
    }
}
