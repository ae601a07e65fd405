package io.leadflow.nurturing.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.LeadState;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.TrackRef;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NoticePayloadsTest {

    private static final Instant ENROLLED = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-11-20T09:30:00Z");
    private static final LeadId LEAD = LeadId.parse("0b7c1f7e-2f4a-4d8e-9b1a-3c5d7e9f1a2b");
    private static final UUID ENROLMENT = UUID.fromString("5f0e8d6c-4b2a-4e1c-8d3f-7a9b1c2d3e4f");

    private final JsonMapper json = JsonMapper.builder().build();
    private final WebhookMarketingAutomation automation = automationAt(URI.create("https://93.184.215.14/hooks"));

    @Test
    void an_enrolment_names_the_reason_the_note_the_track_with_its_version_and_the_lead_as_nurturing_knows_it() {
        LeadState profile = new LeadState(LEAD, 35, ENROLLED.minusSeconds(60), null, LifecycleStage.REJECTED, ENROLLED);
        NurtureNotice notice = NurtureNotice.enrolled(active(), 3, profile);

        JsonNode body = render(notice);

        assertThat(body.get("type").asString()).isEqualTo("nurture.enrolled");
        assertThat(body.get("noticeId").asString()).isEqualTo(notice.id().toString());
        assertThat(body.get("leadId").asString()).isEqualTo(LEAD.toString());
        assertThat(body.get("enrollmentId").asString()).isEqualTo(ENROLMENT.toString());
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(body.get("source").asString()).isEqualTo("rejection");
        assertThat(body.get("reason").asString()).isEqualTo("no_budget");
        assertThat(body.get("note").asString()).isEqualTo("budget frozen until Q3 <b>\"really\"</b>");
        assertThat(body.get("rejectedBy").asString()).isEqualTo("rep-17");
        assertThat(body.get("track").get("key").asString()).isEqualTo("revisit-next-quarter");
        assertThat(body.get("track").get("name").asString()).isEqualTo("Revisit next quarter");
        assertThat(body.get("track").get("version").asInt()).isEqualTo(3);
        assertThat(body.get("expiresAt").asString()).isEqualTo("2027-05-01T08:00:00Z");
        assertThat(body.get("profile").get("score").asInt()).isEqualTo(35);
        assertThat(body.get("profile").get("scoredAt").asString()).isEqualTo("2026-11-02T07:59:00Z");
        assertThat(body.get("profile").get("stage").asString()).isEqualTo("REJECTED");
        assertThat(body.get("profile").get("belowQualificationSince").isNull()).isTrue();
    }

    @Test
    void an_exit_names_its_reason_in_marketings_words_and_what_triggered_it() {
        Enrollment unsubscribed =
                active().exit(EnrollmentStatus.UNSUBSCRIBED, LifecycleStage.NURTURING, "the lead unsubscribed", ENDED);

        JsonNode body = render(NurtureNotice.exited(unsubscribed));

        assertThat(body.get("type").asString()).isEqualTo("nurture.exited");
        assertThat(body.get("exitReason").asString()).isEqualTo("unsubscribed");
        assertThat(body.get("trigger").asString()).isEqualTo("the lead unsubscribed");
        assertThat(body.get("stage").asString()).isEqualTo("NURTURING");
        assertThat(body.get("exitedAt").asString()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(body.get("track").has("version")).isFalse();
        assertThat(render(NurtureNotice.exited(active().stopAsDisqualified(ENDED)))
                        .get("exitReason")
                        .asString())
                .isEqualTo("disqualified");
    }

    @Test
    void a_recycle_names_the_trigger_the_count_and_the_reason_the_lead_was_rejected_for() {
        Enrollment recycled = active().recycle("buying signal: demo_requested", ENDED);

        NurtureNotice exit = NurtureNotice.exited(recycled);
        NurtureNotice recycle = NurtureNotice.recycled(recycled, 2);
        JsonNode body = render(recycle);

        assertThat(body.get("type").asString()).isEqualTo("lead.recycled");
        assertThat(body.get("trigger").asString()).isEqualTo("buying signal: demo_requested");
        assertThat(body.get("recycleCount").asInt()).isEqualTo(2);
        assertThat(body.get("rejectionReason").asString()).isEqualTo("no_budget");
        assertThat(body.get("recycledAt").asString()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(render(exit).get("exitReason").asString()).isEqualTo("recycled");
        assertThat(recycle.id())
                .as("one id per change, the same every time it is built, different from the exit's")
                .isEqualTo(NurtureNotice.recycled(recycled, 2).id())
                .isNotEqualTo(exit.id());
    }

    @Test
    void without_a_webhook_url_nothing_is_rendered() {
        assertThat(automationAt(null).render(NurtureNotice.exited(active().recycle("x", ENDED))))
                .isEmpty();
    }

    private JsonNode render(NurtureNotice notice) {
        var message = automation.render(notice).orElseThrow();
        assertThat(message.target()).isEqualTo("https://93.184.215.14/hooks");
        return json.readTree(message.payload());
    }

    private static Enrollment active() {
        return new Enrollment(
                ENROLMENT,
                LEAD,
                new TrackRef("revisit-next-quarter", "Revisit next quarter"),
                EnrollmentSource.REJECTION,
                RejectionReason.NO_BUDGET,
                "budget frozen until Q3 <b>\"really\"</b>",
                "rep-17",
                EnrollmentStatus.ACTIVE,
                ENROLLED,
                LifecycleStage.NURTURING,
                Instant.parse("2027-05-01T08:00:00Z"),
                null,
                null);
    }

    private WebhookMarketingAutomation automationAt(URI url) {
        return new WebhookMarketingAutomation(
                json,
                new WebhookProperties(
                        url,
                        "whsec_bG9jYWwtZGV2LW9ubHktbnVydHVyZS13ZWJob29rLXNlY3JldA==",
                        List.of(),
                        20,
                        Duration.ofSeconds(1),
                        Duration.ofMinutes(2),
                        List.of(Duration.ofSeconds(5)),
                        Duration.ofDays(3),
                        null,
                        null),
                Clock.fixed(ENROLLED, ZoneOffset.UTC),
                true);
    }
}
