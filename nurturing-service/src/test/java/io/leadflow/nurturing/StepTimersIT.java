package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.AdvanceNurturingUseCase;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
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
 * Steps on durable timers: due by the application's clock, sent once even with several schedulers on one database
 * (one of them dying mid-run), and delivered as Standard Webhooks that the receiver can verify on its own.
 */
class StepTimersIT extends NurturingItSupport {

    @Autowired
    EnrollRejectedLeadUseCase enroll;

    @Autowired
    AdvanceNurturingUseCase advance;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_step_falls_due_by_the_clock_and_arrives_signed_so_the_receiver_can_verify_it() throws Exception {
        LeadId lead = enrol(RejectionReason.UNREACHABLE);
        UUID first = stepIds(lead).getFirst();

        CLOCK.advance(Duration.ofHours(23));
        advance.advanceNurturing(100);
        assertThat(status(first)).isEqualTo("SCHEDULED");

        CLOCK.advance(Duration.ofHours(1));
        drain();
        assertThat(status(first)).as("due steps left: %s", dueSteps()).isEqualTo("SENT");

        Received got = await().atMost(PATIENCE)
                .until(() -> RECEIVER.of(first.toString()), r -> !r.isEmpty())
                .getFirst();
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
        CLOCK.advance(Duration.ofDays(1));
        drain();
        assertThat(status(first)).as("due steps left: %s", dueSteps()).isEqualTo("SENT");

        await().atMost(PATIENCE).until(() -> RECEIVER.of(first.toString()).size() == 1);
        CLOCK.advance(Duration.ofSeconds(2));

        await().atMost(PATIENCE).until(() -> RECEIVER.of(first.toString()).size() == 2);
        assertThat(RECEIVER.of(first.toString())).extracting(Received::answered).containsExactly(503, 204);
        assertThat(RECEIVER.of(first.toString()))
                .extracting(Received::body)
                .containsOnly(RECEIVER.of(first.toString()).getFirst().body());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.sql("""
                select outcome from step_delivery_attempt where delivery_id = :id order by attempt""")
                                .param("id", first)
                                .query(String.class)
                                .list())
                        .containsExactly("RETRY", "DELIVERED"));
    }

    @Test
    void each_due_step_is_sent_exactly_once_by_two_schedulers_while_a_third_dies_mid_run() throws Exception {
        List<LeadId> leads = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            leads.add(enrol(RejectionReason.NOT_DECISION_MAKER));
        }
        List<UUID> firstSteps = leads.stream().map(l -> stepIds(l).getFirst()).toList();
        CLOCK.advance(Duration.ofDays(1));
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch die = new CountDownLatch(1);
        try {
            Future<?> dying = replicas.submit(() -> transactions.executeWithoutResult(tx -> {
                advance.advanceNurturing(6);
                claimed.countDown();
                awaitQuietly(die);
                throw new IllegalStateException("replica stopped mid-run before it committed");
            }));
            assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Integer> one = replicas.submit(() -> drain());
            Future<Integer> two = replicas.submit(() -> drain());
            one.get(60, TimeUnit.SECONDS);
            two.get(60, TimeUnit.SECONDS);
            long held = firstSteps.stream()
                    .filter(s -> status(s).equals("SCHEDULED"))
                    .count();
            assertThat(held)
                    .as("the survivors skip what the dying replica holds")
                    .isBetween(1L, 6L);
            die.countDown();
            assertThat(catching(dying)).hasMessageContaining("replica stopped mid-run");
            drain();
        } finally {
            replicas.shutdownNow();
        }
        for (UUID step : firstSteps) {
            assertThat(status(step)).isEqualTo("SENT");
            assertThat(jdbc.sql("select count(*) from step_delivery where id = :id")
                            .param("id", step)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        await().atMost(PATIENCE)
                .until(() -> firstSteps.stream()
                        .allMatch(s -> !RECEIVER.of(s.toString()).isEmpty()));
        assertThat(firstSteps)
                .allSatisfy(s -> assertThat(RECEIVER.of(s.toString())).hasSize(1));
    }

    @Test
    void an_enrolment_past_its_tracks_maximum_duration_ends_and_its_unsent_steps_are_cancelled() {
        http.post()
                .uri("/api/v1/nurture/tracks")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("""
                        {"key": "short-lived", "name": "Short-lived", "reasons": [{"reason": "other", "priority": 20}],
                         "steps": [{"name": "Later", "content": "Too late", "delay": "P10D"}],
                         "exit": {"maxDuration": "PT2H"}}""")
                .exchange()
                .expectStatus()
                .isCreated();
        LeadId lead = enrol(RejectionReason.OTHER);
        UUID step = stepIds(lead).getFirst();

        CLOCK.advance(Duration.ofHours(2));
        advance.advanceNurturing(100);

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
        assertThat(status(step)).isEqualTo("CANCELLED");
    }

    private int drain() {
        int total = 0;
        int handled;
        do {
            handled = advance.advanceNurturing(4);
            total += handled;
        } while (handled > 0);
        return total;
    }

    private List<String> dueSteps() {
        return jdbc.sql("""
                select s.id || ' ' || s.due_at || ' ' || e.status from enrollment_step s
                join enrollment e on e.id = s.enrollment_id where s.status = 'SCHEDULED' and s.due_at <= :now""")
                .param("now", java.sql.Timestamp.from(CLOCK.instant()))
                .query(String.class)
                .list();
    }

    private LeadId enrol(RejectionReason reason) {
        LeadId lead = LeadId.newId();
        enroll.enrollRejectedLead(new EnrollRejectedLeadCommand(
                UUID.randomUUID(), lead, reason, null, "rep-9", CLOCK.instant(), "it-" + lead));
        return lead;
    }

    private List<UUID> stepIds(LeadId lead) {
        return jdbc.sql("select id from enrollment_step where lead_id = :lead order by position")
                .param("lead", lead.value())
                .query(UUID.class)
                .list();
    }

    private String status(UUID step) {
        return jdbc.sql("select status from enrollment_step where id = :id")
                .param("id", step)
                .query(String.class)
                .single();
    }

    private static String hmac(String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Throwable catching(Future<?> future) throws InterruptedException {
        try {
            future.get(60, TimeUnit.SECONDS);
            return new AssertionError("the dying replica committed");
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }
}
