package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.support.outbox.OutboxRelay;
import io.leadflow.support.testing.GatewayTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Admission control with real PostgreSQL and RabbitMQ: a replica whose relay is off holds its events back until more
 * wait than it may hold; then every request that would store more is answered 503 with {@code Retry-After} and stores
 * nothing, while reads pass. A second replica with its relay on passes the shared outbox on to the broker, and the
 * first takes events in again once the backlog fell below the resume mark.
 */
class AdmissionControlIT {

    private static final String AT = Instant.now()
            .minus(1, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();
    private static final String SOURCE = GatewayTokens.of("apikey:admission-test", "source");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void intake_is_refused_with_retry_after_while_the_backlog_is_over_its_limit_and_resumes_once_it_drains() {
        String url = LocalDatabases.recreate("leadflow_test_ingestion_admission");
        try (ConfigurableApplicationContext holding = start(url, false)) {
            HttpCalls http = new HttpCalls(Instances.port(holding));
            assertThat(http.post("/api/v1/events", event("held-0")).status()).isEqualTo(202);
            for (int i = 1; i < 6; i++) {
                // each new person's first event is two events to pass on (the engagement and the new profile)
                assertThat(http.post("/api/v1/events", event("held-" + i)).status())
                        .isIn(202, 503);
            }
            OutboxRelay relay = holding.getBean(OutboxRelay.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() > 5);
            MeterRegistry meters = holding.getBean(MeterRegistry.class);
            double refusedBefore = meters.counter("leadflow.events.rejected", "rule", "backlog.limit")
                    .count();

            HttpCalls.Answer refused = http.post("/api/v1/events", event("refused"));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.response().headers().firstValue("Retry-After")).hasValue("7");
            assertThat(refused.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.json().path("type").asString()).isEqualTo("https://leadflow.io/problems/overloaded");
            assertThat(refused.json().path("backlog").asLong()).isEqualTo(relay.backlog());
            assertThat(refused.json().path("retryAfterSeconds").asLong()).isEqualTo(7);
            assertThat(refused.json().path("detail").asString()).contains("nothing of this request was stored");

            assertThat(http.post("/api/v1/events/batch", "[" + event("refused-batch") + "]")
                            .status())
                    .isEqualTo(503);
            assertThat(http.upsertContact(email("refused-profile"), "{\"firstName\":\"Ada\"}")
                            .status())
                    .isEqualTo(503);
            assertThat(http.post(
                                    "/v1/track",
                                    """
                                    {"type":"track","event":"Pricing Page Viewed","userId":"u-%s",
                                     "context":{"traits":{"email":"%s"}},"timestamp":"%s"}""".formatted(run, email("refused-segment"), AT),
                                    GatewayTokens.HEADER,
                                    SOURCE)
                            .status())
                    .isEqualTo(503);
            JdbcClient jdbc = holding.getBean(JdbcClient.class);
            assertThat(storedFor(jdbc, "refused%"))
                    .as("nothing of a refused request is stored")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from contact where email like :pattern")
                            .param("pattern", email("refused%"))
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(http.contact(email("held-0")).status()).as("reads pass").isEqualTo(200);
            assertThat(meters.counter("leadflow.events.rejected", "rule", "backlog.limit")
                                    .count()
                            - refusedBefore)
                    .isEqualTo(4);

            HttpCalls.Answer imported = http.send(
                    "POST",
                    "/api/v1/imports?kind=contacts",
                    "email,firstName\n" + email("imported") + ",Grace\n",
                    "text/csv");
            assertThat(imported.status()).as("an import is queued, not refused").isEqualTo(202);
            String importPath =
                    imported.response().headers().firstValue("Location").orElseThrow();
            // the worker looks every 500 ms: over several of its rounds, it takes no chunk while intake is refused
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> http.get(importPath).json().path("doneRows").asInt() == 0);

            try (ConfigurableApplicationContext draining = start(url, true)) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> http.post("/api/v1/events", event("after")).status() == 202);
            }
            assertThat(storedFor(jdbc, "after%")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(
                                    http.get(importPath).json().path("status").asString())
                            .isEqualTo("done"));
        }
    }

    private long storedFor(JdbcClient jdbc, String localPart) {
        return jdbc.sql("select count(*) from engagement e join contact c on c.lead_id = e.lead_id"
                        + " where c.email like :pattern")
                .param("pattern", localPart + "-" + run + "@example.com")
                .query(Long.class)
                .single();
    }

    private String email(String localPart) {
        return localPart + "-" + run + "@example.com";
    }

    private String event(String localPart) {
        return """
                {"type":"website_visited","occurredAt":"%s","email":"%s","channel":"website"}""".formatted(AT, email(localPart));
    }

    private static ConfigurableApplicationContext start(String url, boolean relay) {
        return Instances.start(
                url,
                "--leadflow.outbox.enabled=" + relay,
                "--leadflow.outbox.backlog-interval=100ms",
                "--leadflow.ingestion.admission.max-backlog=5",
                "--leadflow.ingestion.admission.resume-percent=60",
                "--leadflow.ingestion.admission.retry-after=7s");
    }
}
