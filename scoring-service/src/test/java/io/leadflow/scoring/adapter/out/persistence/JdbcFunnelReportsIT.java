package io.leadflow.scoring.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.application.port.in.StalledSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcFunnelReportsIT {

    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    private final DataSource db = ContractDatabase.empty();
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final JdbcFunnelReports reports = new JdbcFunnelReports(jdbc);

    private UUID lead(String stage, String channel, String campaign, int score) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into lead_state (lead_id, stage, first_channel, first_campaign, segment, fit_grade, score)
                values (:id, :stage, :channel, :campaign, 'smb', 'A', :score)""")
                .param("id", id)
                .param("stage", stage)
                .param("channel", channel)
                .param("campaign", campaign)
                .param("score", score)
                .update();
        return id;
    }

    private void move(UUID lead, String from, String to, long day, String amount, String rep) {
        jdbc.sql("""
                insert into timeline (event_id, lead_id, from_stage, to_stage, actor, occurred_at, amount, currency,
                                      assigned_to)
                values (:event, :lead, :from, :to, 'test', :at, :amount, :currency, :rep)""")
                .param("event", UUID.randomUUID())
                .param("lead", lead)
                .param("from", from)
                .param("to", to)
                .param("at", OffsetDateTime.ofInstant(T0.plusSeconds(day * 86_400), ZoneOffset.UTC))
                .param("amount", amount == null ? null : new BigDecimal(amount))
                .param("currency", amount == null ? null : "EUR")
                .param("rep", rep)
                .update();
    }

    private UUID won;
    private UUID stalled;

    @BeforeEach
    void three_leads_from_two_channels() {
        won = lead("WON", "PAID_SEARCH", "spring", 72);
        move(won, "NEW", "MQL", 1, null, null);
        move(won, "MQL", "SAL", 2, null, "anna@seller.example");
        move(won, "SAL", "SQL", 3, null, "anna@seller.example");
        move(won, "SQL", "OPPORTUNITY", 4, "12000", "anna@seller.example");
        move(won, "OPPORTUNITY", "WON", 9, "12500.50", "anna@seller.example");

        stalled = lead("OPPORTUNITY", "PAID_SEARCH", "spring", 65);
        move(stalled, "NEW", "MQL", 2, null, null);
        move(stalled, "MQL", "SAL", 3, null, "ben@seller.example");
        move(stalled, "SAL", "SQL", 5, null, "ben@seller.example");
        move(stalled, "SQL", "OPPORTUNITY", 6, "3000", "ben@seller.example");

        UUID rejected = lead("REJECTED", "EMAIL", null, 55);
        move(rejected, "NEW", "MQL", 3, null, null);
        move(rejected, "MQL", "REJECTED", 4, null, "ben@seller.example");

        UUID earlier = lead("MQL", "EMAIL", null, 50);
        move(earlier, "NEW", "MQL", -10, null, null);
    }

    @Test
    void each_channel_shows_how_far_its_mqls_of_the_period_got_and_the_revenue_they_won() {
        List<FunnelReport.Row> rows = reports.funnel(FROM, TO, FunnelDimension.CHANNEL);

        assertThat(rows)
                .containsExactly(
                        new FunnelReport.Row("EMAIL", 1, 0, 0, 0, 0, 0, Map.of()),
                        new FunnelReport.Row(
                                "PAID_SEARCH", 2, 2, 2, 2, 1, 0, Map.of("EUR", new BigDecimal("12500.50"))));
    }

    @Test
    void a_won_deal_whose_amount_a_crm_changed_counts_at_the_latest_amount_whatever_the_arrival_order() {
        JdbcDealAmounts amounts = new JdbcDealAmounts(jdbc);
        io.leadflow.kernel.LeadId lead = new io.leadflow.kernel.LeadId(won);
        UUID change = UUID.randomUUID();
        amounts.record(lead, LifecycleStage.WON, new BigDecimal("14000.00"), "EUR", day(12), change);
        amounts.record(lead, LifecycleStage.WON, new BigDecimal("14000.00"), "EUR", day(12), change);
        amounts.record(lead, LifecycleStage.WON, new BigDecimal("13000.00"), "EUR", day(10), UUID.randomUUID());
        amounts.record(lead, LifecycleStage.OPPORTUNITY, new BigDecimal("99999.00"), "EUR", day(11), UUID.randomUUID());

        FunnelReport.Row paidSearch = reports.funnel(FROM, TO, FunnelDimension.CHANNEL).stream()
                .filter(row -> row.key().equals("PAID_SEARCH"))
                .findFirst()
                .orElseThrow();

        assertThat(paidSearch.revenue()).containsOnlyKeys("EUR");
        assertThat(paidSearch.revenue().get("EUR")).isEqualByComparingTo("14000.00");
    }

    @Test
    void a_changed_amount_older_than_the_won_move_does_not_replace_what_the_won_move_carried() {
        new JdbcDealAmounts(jdbc)
                .record(
                        new io.leadflow.kernel.LeadId(won),
                        LifecycleStage.WON,
                        new BigDecimal("1.00"),
                        "EUR",
                        day(8),
                        UUID.randomUUID());

        assertThat(reports.funnel(FROM, TO, FunnelDimension.CHANNEL).stream()
                        .filter(row -> row.key().equals("PAID_SEARCH"))
                        .findFirst()
                        .orElseThrow()
                        .revenue()
                        .get("EUR"))
                .isEqualByComparingTo("12500.50");
    }

    private static Instant day(long day) {
        return T0.plusSeconds(day * 86_400);
    }

    @Test
    void by_rep_a_lead_counts_for_the_rep_who_last_held_it() {
        List<FunnelReport.Row> rows = reports.funnel(FROM, TO, FunnelDimension.REP);

        assertThat(rows).extracting(FunnelReport.Row::key).containsExactly("anna@seller.example", "ben@seller.example");
        assertThat(rows.getFirst().won()).isEqualTo(1);
        assertThat(rows.get(1).mql()).isEqualTo(2);
    }

    @Test
    void by_score_band_leads_fall_into_twenty_point_bands() {
        assertThat(reports.funnel(FROM, TO, FunnelDimension.SCORE_BAND))
                .extracting(FunnelReport.Row::key)
                .containsExactly("40-59", "60-79");
    }

    @Test
    void an_sql_still_open_is_listed_with_its_channel_campaign_and_days_open_and_a_won_one_is_not() {
        List<StalledSql> open = reports.stalled(FROM, TO, T0.plusSeconds(20 * 86_400), 500);

        assertThat(open)
                .containsExactly(new StalledSql(
                        stalled.toString(),
                        "PAID_SEARCH",
                        "spring",
                        "OPPORTUNITY",
                        T0.plusSeconds(5 * 86_400),
                        "ben@seller.example",
                        15));
    }
}
