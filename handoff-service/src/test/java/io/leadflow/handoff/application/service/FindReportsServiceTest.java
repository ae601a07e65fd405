package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.FindReportsQuery.ConversionReportRow;
import io.leadflow.handoff.application.port.in.FindReportsQuery.SlaReportRow;
import io.leadflow.handoff.application.port.out.HandoffReports;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindReportsServiceTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    private static final Actor ADMIN = new Actor("admin@leadflow.test", Set.of("admin"));

    private final List<String> asked = new ArrayList<>();
    private final FindReportsQuery reports = new FindReportsService(new HandoffReports() {
        @Override
        public List<SlaReportRow> sla(Instant from, Instant to, boolean byTeam, String manager) {
            asked.add("sla by " + (byTeam ? "team" : "rep") + (manager == null ? "" : " of " + manager));
            return List.of();
        }

        @Override
        public List<ConversionReportRow> conversion(Instant from, Instant to, String column, String manager) {
            asked.add("conversion by " + column + (manager == null ? "" : " of " + manager));
            return List.of();
        }
    });

    @Test
    void a_report_needs_a_period_that_ends_after_it_starts() {
        assertThatThrownBy(() -> reports.conversion(null, TO, "channel", ADMIN))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> reports.slaCompliance(TO, FROM, "rep", ADMIN))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThat(asked).isEmpty();
    }

    @Test
    void only_the_known_groupings_reach_the_store_and_the_defaults_are_rep_and_channel() {
        assertThatThrownBy(() -> reports.conversion(FROM, TO, "email; drop table handoff", ADMIN))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("by"));
        reports.slaCompliance(FROM, TO, null, ADMIN);
        reports.slaCompliance(FROM, TO, "team", ADMIN);
        reports.conversion(FROM, TO, null, ADMIN);
        reports.conversion(FROM, TO, "campaign", ADMIN);

        assertThat(asked)
                .containsExactly("sla by rep", "sla by team", "conversion by channel", "conversion by campaign");
    }

    @Test
    void a_manager_reads_only_their_own_teams_figures_while_admins_and_marketing_read_all() {
        reports.slaCompliance(FROM, TO, "team", new Actor("Boss@Example.com", Set.of("sales_manager")));
        reports.conversion(FROM, TO, "rep", new Actor("boss@example.com", Set.of("sales_manager")));
        reports.conversion(FROM, TO, "rep", new Actor("ann@example.com", Set.of("marketing")));
        reports.slaCompliance(FROM, TO, "rep", ADMIN);

        assertThat(asked)
                .containsExactly(
                        "sla by team of boss@example.com",
                        "conversion by rep of boss@example.com",
                        "conversion by rep",
                        "sla by rep");
    }
}
