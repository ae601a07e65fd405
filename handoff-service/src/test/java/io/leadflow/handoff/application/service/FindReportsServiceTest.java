package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.FindReportsQuery.ConversionReportRow;
import io.leadflow.handoff.application.port.in.FindReportsQuery.SlaReportRow;
import io.leadflow.handoff.application.port.out.HandoffReports;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindReportsServiceTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    private final List<String> asked = new ArrayList<>();
    private final FindReportsQuery reports = new FindReportsService(new HandoffReports() {
        @Override
        public List<SlaReportRow> sla(Instant from, Instant to, boolean byTeam) {
            asked.add("sla by " + (byTeam ? "team" : "rep"));
            return List.of();
        }

        @Override
        public List<ConversionReportRow> conversion(Instant from, Instant to, String column) {
            asked.add("conversion by " + column);
            return List.of();
        }
    });

    @Test
    void a_report_needs_a_period_that_ends_after_it_starts() {
        assertThatThrownBy(() -> reports.conversion(null, TO, "channel"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> reports.slaCompliance(TO, FROM, "rep"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThat(asked).isEmpty();
    }

    @Test
    void only_the_known_groupings_reach_the_store_and_the_defaults_are_rep_and_channel() {
        assertThatThrownBy(() -> reports.conversion(FROM, TO, "email; drop table handoff"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("by"));
        reports.slaCompliance(FROM, TO, null);
        reports.slaCompliance(FROM, TO, "team");
        reports.conversion(FROM, TO, null);
        reports.conversion(FROM, TO, "campaign");

        assertThat(asked)
                .containsExactly("sla by rep", "sla by team", "conversion by channel", "conversion by campaign");
    }
}
