package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suppression list in hand-off, through the real PostgreSQL and RabbitMQ: a {@code ConsentChanged} on
 * {@code lead.consent} is kept, and a score-driven qualification of a person who objected to profiling opens no
 * hand-off, while another lead qualified at the same time reaches the available rep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfilingObjectionIT {

    private static final String GROUP = ItGroup.named("handoff-consent-it-");

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcClient jdbc;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> ItDatabase.URL);
        ItGroup.consumeAs(registry, GROUP);
    }

    @Test
    void a_person_who_objected_to_profiling_is_not_handed_over_on_a_score() throws Exception {
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
        api.post()
                .uri("/api/v1/reps")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Oda Rep\",\"email\":\"oda." + GROUP + "@seller.example\",\"available\":true}")
                .retrieve()
                .toBodilessEntity();
        LeadId objected = LeadId.newId();
        LeadId other = LeadId.newId();
        try (RabbitProbe rabbit = new RabbitProbe(json)) {
            ConsentChangedEvent objection = new ConsentChangedEvent(
                    meta(ConsentChangedEvent.TYPE, objected), false, null, null, true, Instant.now(), 1);
            rabbit.publish(EventStreams.CONSENT, objection);
            rabbit.publish(EventStreams.CONSENT, objection);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count(
                                    "select count(*) from consent_copy where lead_id = ? and profiling_objected",
                                    objected.value())
                            == 1);

            LeadQualifiedEvent scored = qualified(objected);
            rabbit.publish(EventStreams.LIFECYCLE, scored);
            rabbit.publish(EventStreams.LIFECYCLE, qualified(other));

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count("select count(*) from handoff where lead_id = ?", other.value()) == 1);
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            count("select count(*) from processed_event where event_id = ?", scored.eventId()) == 1);
            assertThat(count("select count(*) from handoff where lead_id = ?", objected.value()))
                    .as("no hand-off for the person who objected")
                    .isZero();
            assertThat(count("select count(*) from processed_event where event_id = ?", objection.eventId()))
                    .isEqualTo(1);
        }
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static LeadQualifiedEvent qualified(LeadId lead) {
        return new LeadQualifiedEvent(
                meta(LeadQualifiedEvent.TYPE, lead),
                "default",
                3,
                85,
                "A",
                2,
                true,
                List.of("demo requested"),
                null,
                null,
                null,
                null);
    }

    private static EventMetadata meta(String type, LeadId lead) {
        return EventMetadata.create(type, 1, lead, Instant.now(), "it-" + UUID.randomUUID());
    }
}
