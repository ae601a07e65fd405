package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Recycling through the real broker: scores and engagements in, LeadRecycled and the stage change out. */
class RecyclingIT extends NurturingItSupport {

    @Autowired
    EnrollDormantLeadsUseCase enrollDormant;

    @Test
    void a_nurtured_lead_whose_score_crosses_the_recycle_threshold_is_recycled_with_its_history() {
        LeadId lead = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead, RejectionReason.NO_BUDGET));
        awaitLifecycle(LeadStageChangedEvent.TYPE, lead);

        publish(EventStreams.SCORES, scored(lead, 35));
        publish(EventStreams.SCORES, scored(lead, 72));

        LeadRecycledEvent recycled =
                json.readValue(awaitLifecycle(LeadRecycledEvent.TYPE, lead).getBody(), LeadRecycledEvent.class);
        assertThat(recycled.trigger()).isEqualTo("score 72 crossed the recycle threshold 60");
        assertThat(recycled.recycleCount()).isEqualTo(1);
        assertThat(recycled.metadata().correlationId()).isEqualTo("it-score-" + lead);
        assertThat(recycled.history())
                .first()
                .asString()
                .endsWith("rejected by rep-17 for no_budget: \"no budget this year, call again\"");
        assertThat(recycled.history())
                .anyMatch(line -> line.endsWith("enrolled in track Revisit next quarter"))
                .last()
                .asString()
                .contains("recycled to sales: score 72 crossed the recycle threshold 60");
        await().atMost(PATIENCE)
                .until(() -> lifecycle(LeadStageChangedEvent.TYPE, lead).stream()
                        .map(m -> json.readValue(m.getBody(), LeadStageChangedEvent.class))
                        .anyMatch(e -> e.from() == LifecycleStage.NURTURING && e.to() == LifecycleStage.RECYCLED));
        http.get()
                .uri("/api/v1/nurture/enrollments/{id}", lead)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("RECYCLED")
                .jsonPath("$.recycleCount")
                .isEqualTo(1)
                .jsonPath("$.steps[0].status")
                .isEqualTo("CANCELLED");
    }

    @Test
    void a_score_crossing_inside_a_message_of_many_scores_recycles_a_nurtured_lead_and_keeps_the_other_scores() {
        LeadId lead = LeadId.newId();
        LeadId other = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead, RejectionReason.NO_BUDGET));
        awaitLifecycle(LeadStageChangedEvent.TYPE, lead);

        // scoring's relay packs the scores of one round into one message (docs/messages.md)
        publishMany(EventStreams.SCORES, List.of(scored(other, 41), scored(lead, 35), scored(lead, 72)));

        LeadRecycledEvent recycled =
                json.readValue(awaitLifecycle(LeadRecycledEvent.TYPE, lead).getBody(), LeadRecycledEvent.class);
        assertThat(recycled.trigger()).isEqualTo("score 72 crossed the recycle threshold 60");
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("select count(*) from lead_state where lead_id = :id")
                                .param("id", other.value())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(lifecycle(LeadRecycledEvent.TYPE, other)).isEmpty();
    }

    @Test
    void a_buying_signal_on_the_engagement_stream_recycles_a_nurtured_lead() {
        LeadId lead = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead, RejectionReason.TIMING));
        awaitLifecycle(LeadStageChangedEvent.TYPE, lead);

        publish(EventStreams.ENGAGEMENTS, engaged(lead, EngagementType.WEBSITE_VISITED));
        publish(EventStreams.ENGAGEMENTS, engaged(lead, EngagementType.DEMO_REQUESTED));

        LeadRecycledEvent recycled =
                json.readValue(awaitLifecycle(LeadRecycledEvent.TYPE, lead).getBody(), LeadRecycledEvent.class);
        assertThat(recycled.trigger()).isEqualTo("buying signal: demo_requested");
        assertThat(lifecycle(LeadRecycledEvent.TYPE, lead)).hasSize(1);
    }

    @Test
    void a_buying_signal_inside_a_message_of_many_engagements_recycles_a_nurtured_lead() {
        LeadId lead = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead, RejectionReason.TIMING));
        awaitLifecycle(LeadStageChangedEvent.TYPE, lead);

        publishMany(
                EventStreams.ENGAGEMENTS,
                List.of(
                        engaged(LeadId.newId(), EngagementType.WEBSITE_VISITED),
                        engaged(lead, EngagementType.EMAIL_OPENED),
                        engaged(lead, EngagementType.TRIAL_STARTED),
                        engaged(LeadId.newId(), EngagementType.DEMO_REQUESTED)));

        LeadRecycledEvent recycled =
                json.readValue(awaitLifecycle(LeadRecycledEvent.TYPE, lead).getBody(), LeadRecycledEvent.class);
        assertThat(recycled.trigger()).isEqualTo("buying signal: trial_started");
        assertThat(lifecycle(LeadRecycledEvent.TYPE, lead)).hasSize(1);
    }

    @Test
    void a_lead_below_the_threshold_long_enough_is_enrolled_once_marketing_turns_it_on() {
        LeadId lead = LeadId.newId();
        publish(
                EventStreams.SCORES,
                new LeadScoredEvent(
                        EventMetadata.create(
                                LeadScoredEvent.TYPE,
                                LeadScoredEvent.VERSION,
                                lead,
                                CLOCK.instant().minus(Duration.ofDays(40)),
                                "it-dormant-" + lead),
                        "default",
                        1,
                        12,
                        "C",
                        1));
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("select count(*) from lead_state where lead_id = :id")
                                .param("id", lead.value())
                                .query(Long.class)
                                .single()
                        == 1);
        enrollDormant.enrollDormantLeads(100);
        assertThat(enrolments(lead)).as("marketing has not turned it on").isZero();

        http.put()
                .uri("/api/v1/nurture/settings")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"belowThresholdEnrolment\": true, \"qualificationThreshold\": 50, "
                        + "\"belowThresholdAfter\": \"P30D\"}")
                .exchange()
                .expectStatus()
                .isOk();
        try {
            enrollDormant.enrollDormantLeads(100);
            enrollDormant.enrollDormantLeads(100);
        } finally {
            http.put()
                    .uri("/api/v1/nurture/settings")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"belowThresholdEnrolment\": false}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        assertThat(enrolments(lead)).isEqualTo(1);
        http.get()
                .uri("/api/v1/nurture/enrollments/{id}", lead)
                .exchange()
                .expectBody()
                .jsonPath("$.source")
                .isEqualTo("BELOW_THRESHOLD")
                .jsonPath("$.track.key")
                .isEqualTo("monthly-newsletter")
                .jsonPath("$.reason")
                .doesNotExist();
        LeadStageChangedEvent moved =
                json.readValue(awaitLifecycle(LeadStageChangedEvent.TYPE, lead).getBody(), LeadStageChangedEvent.class);
        assertThat(moved.from()).isEqualTo(LifecycleStage.NEW);
        assertThat(moved.to()).isEqualTo(LifecycleStage.NURTURING);
    }

    private long enrolments(LeadId lead) {
        return jdbc.sql("select count(*) from enrollment where lead_id = :id")
                .param("id", lead.value())
                .query(Long.class)
                .single();
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
