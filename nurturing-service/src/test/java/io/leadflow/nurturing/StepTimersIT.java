package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Steps on durable timers (db-scheduler): a timer per step at its due time, written with the enrolment; fired by
 * the scheduler (the tests bring a timer forward instead of waiting days), its step sent exactly once even when it
 * fires again or twice at once, and delivered as Standard Webhooks that the receiver can verify on its own.
 */
class StepTimersIT extends TimerItSupport {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_step_waits_on_a_timer_at_its_due_time_fires_once_through_the_scheduler_and_arrives_signed()
            throws Exception {
        LeadId lead = enrol(RejectionReason.UNREACHABLE);
        List<UUID> steps = stepIds(lead);
        UUID first = steps.getFirst();
        assertThat(timers(STEP, steps))
                .as("every step has a timer at its due time, written with the enrolment")
                .containsExactlyInAnyOrderEntriesOf(dueTimes(lead));
        assertThat(timers(EXPIRY, List.of(enrollmentId(lead))))
                .as("the track's maximum duration is a timer too")
                .containsOnlyKeys(enrollmentId(lead).toString());

        bringForward(STEP, first);

        await().atMost(PATIENCE).until(() -> status(first).equals("SENT"));
        Received got = await().atMost(PATIENCE)
                .until(() -> RECEIVER.of(first.toString()), r -> !r.isEmpty())
                .getFirst();
        await().atMost(PATIENCE).until(() -> timers(STEP, List.of(first)).isEmpty());
        assertThat(timers(STEP, steps)).as("the later steps still wait").hasSize(2);
        assertThat(RECEIVER.of(first.toString())).as("sent once").hasSize(1);
        assertThat(got.signature()).isEqualTo("v1," + hmac(got.id() + "." + got.timestamp() + "." + got.body()));
        assertThat(Long.parseLong(got.timestamp())).isEqualTo(CLOCK.instant().getEpochSecond());
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("type").asString()).isEqualTo("nurture.step.due");
        assertThat(body.get("leadId").asString()).isEqualTo(lead.toString());
        assertThat(body.get("track").get("key").asString()).isEqualTo("contact-refresh");
        assertThat(body.get("step").get("name").asString()).isEqualTo("Confirm your details");
        http.get()
                .uri("/api/v1/nurture/enrollments/{id}", lead)
                .exchange()
                .expectBody()
                .jsonPath("$.steps[0].status")
                .isEqualTo("SENT")
                .jsonPath("$.steps[1].status")
                .isEqualTo("SCHEDULED");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(prometheus())
                        .contains(
                                "leadflow_nurture_enrolled_total{application=\"nurturing-service\",reason=\"unreachable\"}")
                        .contains("leadflow_nurture_steps_sent_total")
                        .contains(
                                "leadflow_notifications_delivered_total{application=\"nurturing-service\",channel=\"webhook\"}")
                        .contains("leadflow_outbox_backlog"));
    }

    private String prometheus() {
        return new String(
                http.get()
                        .uri("/actuator/prometheus")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .returnResult()
                        .getResponseBody(),
                StandardCharsets.UTF_8);
    }

    @Test
    void a_refused_webhook_is_retried_after_its_back_off_with_the_same_id_and_both_attempts_logged() {
        LeadId lead = enrol(RejectionReason.UNREACHABLE);
        UUID first = stepIds(lead).getFirst();
        RECEIVER.refuseOnce.add(first.toString());
        bringForward(STEP, first);
        await().atMost(PATIENCE).until(() -> status(first).equals("SENT"));

        await().atMost(PATIENCE).until(() -> RECEIVER.of(first.toString()).size() == 1);
        // the receiver answers before the worker records the attempt: the clock moves only once the retry's time is
        // stored, or the worker would count its back-off from the moved clock and the retry would never come due
        await().atMost(PATIENCE).until(() -> attemptOutcomes(first), outcomes -> outcomes.equals(List.of("RETRY")));
        Instant refusedAt = CLOCK.instant();
        assertThat(nextAttemptAt(first))
                .as("the retry waits the back-off (2 s in these tests) after the refused attempt")
                .isEqualTo(refusedAt.plus(Duration.ofSeconds(2)));
        CLOCK.advance(Duration.ofSeconds(2));

        await().atMost(PATIENCE).until(() -> RECEIVER.of(first.toString()).size() == 2);
        assertThat(RECEIVER.of(first.toString())).extracting(Received::answered).containsExactly(503, 204);
        assertThat(RECEIVER.of(first.toString()))
                .extracting(Received::body)
                .containsOnly(RECEIVER.of(first.toString()).getFirst().body());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(attemptOutcomes(first)).containsExactly("RETRY", "DELIVERED"));
    }

    /** The outcomes of a delivery's recorded attempts, in order. */
    private List<String> attemptOutcomes(UUID delivery) {
        return jdbc.sql("select outcome from step_delivery_attempt where delivery_id = :id order by attempt")
                .param("id", delivery)
                .query(String.class)
                .list();
    }

    private Instant nextAttemptAt(UUID delivery) {
        return jdbc.sql("select next_attempt_at from step_delivery where id = :id")
                .param("id", delivery)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    @Test
    void a_step_whose_timer_fires_again_or_twice_at_once_is_sent_exactly_once_and_a_crash_before_commit_sends_none()
            throws Exception {
        List<LeadId> leads = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            leads.add(enrol(RejectionReason.NOT_DECISION_MAKER));
        }
        List<UUID> firstSteps = leads.stream().map(l -> stepIds(l).getFirst()).toList();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    assertThat(send.sendStep(firstSteps.getFirst())).isTrue();
                    throw new IllegalStateException("replica stopped mid-send before it committed");
                }))
                .hasMessageContaining("replica stopped mid-send");
        assertThat(status(firstSteps.getFirst()))
                .as("a send that did not commit left the step to its timer's next run")
                .isEqualTo("SCHEDULED");
        assertThat(deliveries(firstSteps.getFirst())).isZero();

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Long> one = replicas.submit(
                    () -> firstSteps.stream().filter(send::sendStep).count());
            Future<Long> two = replicas.submit(
                    () -> firstSteps.stream().filter(send::sendStep).count());
            assertThat(one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS))
                    .as("each step sent by one of the two")
                    .isEqualTo(24);
        } finally {
            replicas.shutdownNow();
        }
        assertThat(firstSteps.stream().filter(send::sendStep).count())
                .as("a timer fired once more after a crash sends nothing")
                .isZero();
        for (UUID step : firstSteps) {
            assertThat(status(step)).isEqualTo("SENT");
            assertThat(deliveries(step)).isEqualTo(1);
        }
        await().atMost(PATIENCE)
                .until(() -> firstSteps.stream()
                        .allMatch(s -> !RECEIVER.of(s.toString()).isEmpty()));
        assertThat(firstSteps)
                .allSatisfy(s -> assertThat(RECEIVER.of(s.toString())).hasSize(1));
    }

    private static String hmac(String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
