package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Marketing's automation hears of enrolments, exits and recycles at once, through the same signed webhook as the
 * steps, once per change however often the message that caused it arrives.
 */
class MarketingNoticesIT extends NurturingItSupport {

    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @Test
    void a_rejection_reaches_marketings_webhook_as_nurture_enrolled_within_seconds_with_a_valid_signature()
            throws Exception {
        LeadId lead = LeadId.newId();

        publish(EventStreams.LIFECYCLE, rejected(lead, RejectionReason.NO_BUDGET));

        Received got = awaitNotice("nurture.enrolled", lead, AT_ONCE);
        assertThat(got.signature()).isEqualTo("v1," + hmac(got.id() + "." + got.timestamp() + "." + got.body()));
        assertThat(got.answered()).isEqualTo(204);
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("noticeId").asString()).isEqualTo(got.id());
        assertThat(body.get("reason").asString()).isEqualTo("no_budget");
        assertThat(body.get("note").asString()).isEqualTo("no budget this year, call again");
        assertThat(body.get("rejectedBy").asString()).isEqualTo("rep-17");
        assertThat(body.get("track").get("key").asString()).isEqualTo("revisit-next-quarter");
        assertThat(body.get("track").get("version").asInt()).isPositive();
        assertThat(body.get("profile").has("score")).isTrue();
        assertThat(body.get("enrollmentId").asString())
                .isEqualTo(jdbc.sql("select id::text from enrollment where lead_id = :id")
                        .param("id", lead.value())
                        .query(String.class)
                        .single());
    }

    @Test
    void a_buying_signal_reaches_marketing_as_nurture_exited_and_lead_recycled() throws Exception {
        LeadId lead = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead, RejectionReason.TIMING));
        awaitNotice("nurture.enrolled", lead, AT_ONCE);

        publish(EventStreams.ENGAGEMENTS, engaged(lead, EngagementType.DEMO_REQUESTED));

        JsonNode exited =
                json.readTree(awaitNotice("nurture.exited", lead, AT_ONCE).body());
        Received recycledHook = awaitNotice("lead.recycled", lead, AT_ONCE);
        JsonNode recycled = json.readTree(recycledHook.body());
        assertThat(exited.get("exitReason").asString()).isEqualTo("recycled");
        assertThat(exited.get("trigger").asString()).isEqualTo("buying signal: demo_requested");
        assertThat(exited.get("stage").asString()).isEqualTo("RECYCLED");
        assertThat(recycled.get("trigger").asString()).isEqualTo("buying signal: demo_requested");
        assertThat(recycled.get("recycleCount").asInt()).isEqualTo(1);
        assertThat(recycled.get("rejectionReason").asString()).isEqualTo("timing");
        assertThat(recycledHook.signature())
                .isEqualTo(
                        "v1," + hmac(recycledHook.id() + "." + recycledHook.timestamp() + "." + recycledHook.body()));
    }

    @Test
    void the_same_rejection_and_the_same_score_delivered_twice_reach_marketing_once_each() {
        LeadId lead = LeadId.newId();
        LeadRejectedEvent rejection = rejected(lead, RejectionReason.NO_BUDGET);
        LeadId marker = LeadId.newId();

        publish(EventStreams.LIFECYCLE, rejection);
        publish(EventStreams.LIFECYCLE, rejection);
        // one consumer reads the stream in order: once the next lead's notice is in, both copies were handled
        publish(EventStreams.LIFECYCLE, rejected(marker, RejectionReason.NO_BUDGET));
        awaitNotice("nurture.enrolled", marker, AT_ONCE);

        LeadScoredEvent cold = scored(lead, 35);
        LeadScoredEvent hot = scored(lead, 72);
        publish(EventStreams.SCORES, cold);
        publish(EventStreams.SCORES, hot);
        publish(EventStreams.SCORES, hot);
        publish(EventStreams.SCORES, scored(marker, 35));
        publish(EventStreams.SCORES, scored(marker, 72));
        awaitNotice("lead.recycled", marker, AT_ONCE);
        awaitNotice("nurture.exited", marker, AT_ONCE);

        assertThat(notices(lead))
                .extracting(n -> json.readTree(n.body()).get("type").asString())
                .containsExactlyInAnyOrder("nurture.enrolled", "nurture.exited", "lead.recycled");
    }

    private Received awaitNotice(String type, LeadId lead, Duration within) {
        return await().atMost(within)
                .until(
                        () -> notices(lead).stream()
                                .filter(r -> type.equals(
                                        json.readTree(r.body()).get("type").asString()))
                                .toList(),
                        found -> !found.isEmpty())
                .getFirst();
    }

    /** Every webhook the automation tool received for the lead, other than timed steps. */
    private List<Received> notices(LeadId lead) {
        return RECEIVER.received.stream()
                .filter(r -> {
                    JsonNode body = json.readTree(r.body());
                    return lead.toString().equals(body.get("leadId").asString())
                            && !"nurture.step.due".equals(body.get("type").asString());
                })
                .toList();
    }

    private static String hmac(String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static LeadRejectedEvent rejected(LeadId lead, RejectionReason reason) {
        return new LeadRejectedEvent(
                EventMetadata.create(
                        LeadRejectedEvent.TYPE, LeadRejectedEvent.VERSION, lead, CLOCK.instant(), "it-" + lead),
                reason,
                "no budget this year, call again",
                "rep-17");
    }

    private static LeadScoredEvent scored(LeadId lead, int score) {
        return new LeadScoredEvent(
                EventMetadata.create(
                        LeadScoredEvent.TYPE,
                        LeadScoredEvent.VERSION,
                        lead,
                        CLOCK.instant().plusMillis(score),
                        "it-score-" + lead),
                "default",
                1,
                score,
                "B",
                2);
    }

    private static EngagementRecordedEvent engaged(LeadId lead, EngagementType type) {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        lead,
                        CLOCK.instant(),
                        "it-engaged-" + lead),
                type,
                null,
                Channel.CONTENT_FORM,
                "website",
                null,
                Map.of());
    }
}
