package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Marketing's view over the real database: the filtered list, its CSV export, tracks, settings and figures. */
class MarketingViewIT extends NurturingItSupport {

    @Autowired
    EnrollRejectedLeadUseCase enroll;

    @Test
    void the_csv_export_holds_the_filtered_rejections_quoted_so_that_they_parse_back() throws Exception {
        String rep = "rep-" + UUID.randomUUID();
        LeadId tricky = reject(rep, RejectionReason.TIMING, "said \"not now\", call in Q3\nsecond line");
        LeadId formula = reject(rep, RejectionReason.COMPETITOR, "=HYPERLINK(\"http://evil\")");
        reject("someone-else", RejectionReason.TIMING, "not in the export");

        String csv = new String(
                http.get()
                        .uri("/api/v1/nurture/rejected/export?rep={rep}", rep)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectHeader()
                        .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                        .expectBody()
                        .returnResult()
                        .getResponseBody(),
                java.nio.charset.StandardCharsets.UTF_8);

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord timing = rows.stream()
                .filter(r -> r.get("lead_id").equals(tricky.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(timing.get("reason")).isEqualTo("timing");
        assertThat(timing.get("rejected_by")).isEqualTo(rep);
        assertThat(timing.get("note")).isEqualTo("said \"not now\", call in Q3\nsecond line");
        assertThat(timing.get("track_key")).isEqualTo("quarterly-check-in");
        assertThat(timing.get("track_name")).isEqualTo("Long cadence: quarterly check-in");
        assertThat(timing.get("status")).isEqualTo("active");
        CSVRecord competitor = rows.stream()
                .filter(r -> r.get("lead_id").equals(formula.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(competitor.get("note")).as("no formula for spreadsheets").isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(competitor.get("status")).isEqualTo("disqualified");
        assertThat(competitor.get("track_key")).isEmpty();
    }

    @Test
    void the_rejected_list_filters_by_rep_track_status_and_period() {
        String rep = "rep-" + UUID.randomUUID();
        LeadId timing = reject(rep, RejectionReason.TIMING, null);
        reject(rep, RejectionReason.NO_BUDGET, null);

        http.get()
                .uri("/api/v1/nurture/rejected?rep={rep}&track=quarterly-check-in&status=active", rep)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].leadId")
                .isEqualTo(timing.toString());
        http.get()
                .uri(
                        "/api/v1/nurture/rejected?rep={rep}&from={from}",
                        rep,
                        CLOCK.instant().plusSeconds(1))
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
        http.get()
                .uri("/api/v1/nurture/rejected?status=sleeping")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("status");
    }

    @Test
    void a_new_track_claiming_a_reason_at_the_priority_of_another_is_refused_and_a_higher_one_takes_over() {
        String body = """
                {"key": "%s", "name": "Digest for leads already in contact", "reasons": [{"reason": "already_in_contact", "priority": %d}],
                 "steps": [{"name": "Invite", "content": "What your colleagues saw this month", "delay": "P2D"}]}""";

        http.post()
                .uri("/api/v1/nurture/tracks")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.formatted("in-contact-digest", 0))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("reasons[0].priority")
                .jsonPath("$.rule")
                .isEqualTo("track.reasons.priority");
        http.post()
                .uri("/api/v1/nurture/tracks")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.formatted("in-contact-digest", 10))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(1);
        http.put()
                .uri("/api/v1/nurture/tracks/in-contact-digest")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.formatted("in-contact-digest", 11))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2);

        LeadId lead = reject("rep-1", RejectionReason.ALREADY_IN_CONTACT, null);
        http.get()
                .uri("/api/v1/nurture/enrollments/{id}", lead)
                .exchange()
                .expectBody()
                .jsonPath("$.track.key")
                .isEqualTo("in-contact-digest")
                .jsonPath("$.steps[0].name")
                .isEqualTo("Invite");
        String paused = body.formatted("in-contact-digest", 11).replace("\"steps\":", "\"active\": false, \"steps\":");
        http.put()
                .uri("/api/v1/nurture/tracks/in-contact-digest")
                .contentType(MediaType.APPLICATION_JSON)
                .body(paused)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.active")
                .isEqualTo(false)
                .jsonPath("$.version")
                .isEqualTo(3);
        LeadId later = reject("rep-1", RejectionReason.ALREADY_IN_CONTACT, null);
        http.get()
                .uri("/api/v1/nurture/enrollments/{id}", later)
                .exchange()
                .expectBody()
                .jsonPath("$.track.key")
                .value(key -> org.assertj.core.api.Assertions.assertThat(key).isNotEqualTo("in-contact-digest"));
        http.put()
                .uri("/api/v1/nurture/tracks/no-such-track")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.formatted("no-such-track", 50))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void settings_change_through_the_api_and_bad_values_name_the_field() {
        http.put()
                .uri("/api/v1/nurture/settings")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"recycleThreshold\": 65}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.recycleThreshold")
                .isEqualTo(65)
                .jsonPath("$.belowThresholdEnrolment")
                .isEqualTo(false);
        http.put()
                .uri("/api/v1/nurture/settings")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"belowThresholdAfter\": \"-P1D\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("belowThresholdAfter");
        http.put()
                .uri("/api/v1/nurture/settings")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"recycleThreshold\": 60}")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void a_settings_change_is_shown_with_who_made_it_and_a_body_cannot_claim_another_actor() {
        http.put()
                .uri("/api/v1/nurture/settings")
                .header(GatewayTokens.HEADER, GatewayTokens.of("mara.marketing@leadflow.test", "marketing"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"recycleThreshold\": 60, \"updatedBy\": \"someone.else@leadflow.test\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.updatedBy")
                .isEqualTo("mara.marketing@leadflow.test");

        http.get()
                .uri("/api/v1/nurture/settings")
                .header(GatewayTokens.HEADER, GatewayTokens.of("ann.admin@leadflow.test", "admin"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.updatedBy")
                .isEqualTo("mara.marketing@leadflow.test")
                .jsonPath("$.updatedAt")
                .isNotEmpty();
    }

    @Test
    void statistics_count_rejections_by_reason_and_recycle_rates() {
        reject("rep-stats", RejectionReason.UNREACHABLE, null);

        http.get()
                .uri(
                        "/api/v1/nurture/stats?bucket=day&from={from}&to={to}",
                        CLOCK.instant().minusSeconds(86_400 * 30),
                        CLOCK.instant().plusSeconds(60))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.rejections[?(@.reason == 'unreachable')].count")
                .isNotEmpty()
                .jsonPath("$.byTrack[?(@.key == 'contact-refresh')].enrolled")
                .isNotEmpty()
                .jsonPath("$.timeToRecycle")
                .exists();
        http.get()
                .uri("/api/v1/nurture/stats?bucket=fortnight")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private LeadId reject(String rep, RejectionReason reason, String note) {
        LeadId lead = LeadId.newId();
        enroll.enrollRejectedLead(new EnrollRejectedLeadCommand(
                UUID.randomUUID(), lead, reason, note, rep, CLOCK.instant(), "it-" + lead));
        return lead;
    }
}
