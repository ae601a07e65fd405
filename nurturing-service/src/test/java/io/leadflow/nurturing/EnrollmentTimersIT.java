package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.LeadSignalCommand;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The end of an enrolment and its timers: an ended enrolment takes its steps' timers and its expiry away (a timer
 * that fires anyway sends nothing), and the expiry timer ends an enrolment at its track's maximum duration.
 */
class EnrollmentTimersIT extends TimerItSupport {

    @Autowired
    RecordLeadSignalUseCase signals;

    @Test
    void an_unsubscribed_leads_steps_lose_their_timers_and_a_timer_that_fires_anyway_sends_nothing() {
        LeadId lead = enrol(RejectionReason.UNREACHABLE);
        List<UUID> steps = stepIds(lead);
        UUID enrollment = enrollmentId(lead);
        assertThat(timers(STEP, steps)).hasSize(3);

        assertThat(signals.recordLeadSignal(LeadSignalCommand.engaged(
                        UUID.randomUUID(), lead, EngagementType.UNSUBSCRIBED, CLOCK.instant(), "it-" + lead)))
                .contains("UNSUBSCRIBED");

        assertThat(timers(STEP, steps)).as("the steps' timers are gone").isEmpty();
        assertThat(timers(EXPIRY, List.of(enrollment))).as("and the expiry").isEmpty();
        assertThat(steps).allSatisfy(s -> assertThat(status(s)).isEqualTo("CANCELLED"));

        // a timer picked by a replica just before the cancel still runs: as if so, the first step's fires now
        scheduler.schedule(new TaskInstance<Void>(STEP, steps.getFirst().toString()), Instant.now());
        await().atMost(PATIENCE).until(() -> timers(STEP, steps).isEmpty());
        assertThat(status(steps.getFirst())).isEqualTo("CANCELLED");
        assertThat(deliveries(steps.getFirst())).as("nothing to deliver").isZero();
        assertThat(RECEIVER.of(steps.getFirst().toString())).isEmpty();
    }

    @Test
    void an_enrolment_past_its_tracks_maximum_duration_ends_and_its_unsent_steps_are_cancelled() {
        http.post()
                .uri("/api/v1/nurture/tracks")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"key": "short-lived", "name": "Short-lived", "reasons": [{"reason": "other", "priority": 20}],
                         "steps": [{"name": "Later", "content": "Too late", "delay": "P10D"}],
                         "exit": {"maxDuration": "PT2H"}}""")
                .exchange()
                .expectStatus()
                .isCreated();
        LeadId lead = enrol(RejectionReason.OTHER);
        UUID step = stepIds(lead).getFirst();
        UUID enrollment = enrollmentId(lead);
        Timestamp expiresAt = jdbc.sql("select expires_at from enrollment where id = :id")
                .param("id", enrollment)
                .query(Timestamp.class)
                .single();
        assertThat(timers(EXPIRY, List.of(enrollment)))
                .containsExactly(Map.entry(enrollment.toString(), expiresAt.toInstant()));

        bringForward(EXPIRY, enrollment);
        await().atMost(PATIENCE).until(() -> status(step).equals("CANCELLED"));

        http.get()
                .uri("/api/v1/nurture/enrollments/{id}", lead)
                .exchange()
                .expectBody()
                .jsonPath("$.track.key")
                .isEqualTo("short-lived")
                .jsonPath("$.status")
                .isEqualTo("EXPIRED")
                .jsonPath("$.exitTrigger")
                .isEqualTo("maximum duration reached")
                .jsonPath("$.steps[0].status")
                .isEqualTo("CANCELLED");
        assertThat(timers(STEP, List.of(step)))
                .as("the cancelled step's timer is gone")
                .isEmpty();
    }
}
