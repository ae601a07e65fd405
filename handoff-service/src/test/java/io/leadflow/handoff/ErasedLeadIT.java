package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.support.testing.GatewayTokens;
import io.leadflow.support.testing.LeadTraces;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * No resurrection after an erasure, through the real PostgreSQL and RabbitMQ: a lead handed to a rep is erased, and
 * then its qualification, profile, recycling and consent standing arrive late (the qualification also again): each is
 * acknowledged and skipped, and no table of hand-off names the lead afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasedLeadIT {

    private static final String GROUP = ItGroup.named("handoff-erased-it-");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
    void events_about_an_erased_lead_that_arrive_late_or_again_bring_nothing_back() {
        RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build()
                .post()
                .uri("/api/v1/reps")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Eda Rep\",\"email\":\"eda." + GROUP + "@seller.example\",\"available\":true}")
                .retrieve()
                .toBodilessEntity();
        LeadId lead = LeadId.newId();
        try (RabbitProbe rabbit = new RabbitProbe(json)) {
            rabbit.publish(EventStreams.PROFILES, profile(lead));
            LeadQualifiedEvent qualified = qualified(lead);
            rabbit.publish(EventStreams.LIFECYCLE, qualified);
            await().atMost(PATIENCE)
                    .until(() -> count("select count(*) from handoff where lead_id = ?", lead.value()) == 1
                            && count("select count(*) from lead_profile where lead_id = ?", lead.value()) == 1);

            UUID requestId = UUID.randomUUID();
            rabbit.publish(
                    EventStreams.PRIVACY,
                    new ErasureRequestedEvent(
                            meta(ErasureRequestedEvent.TYPE, new LeadId(requestId)), requestId, List.of(lead.value())));
            await().atMost(PATIENCE)
                    .until(() -> count("select count(*) from erased_lead where lead_id = ?", lead.value()) == 1);
            assertThat(LeadTraces.of(jdbc, lead.value()))
                    .as("right after the erasure")
                    .isEmpty();

            List<IntegrationEvent> late = List.of(
                    qualified(lead),
                    profile(lead),
                    new LeadRecycledEvent(meta(LeadRecycledEvent.TYPE, lead), "score", 1, List.of("rejected: timing")),
                    new ConsentChangedEvent(meta(ConsentChangedEvent.TYPE, lead), false, null, null, false, null, 9));
            for (IntegrationEvent event : late) {
                rabbit.publish(stream(event), event);
            }
            rabbit.publish(EventStreams.LIFECYCLE, qualified);
            for (IntegrationEvent event : late) {
                await().atMost(PATIENCE)
                        .until(() ->
                                count("select count(*) from processed_event where event_id = ?", event.eventId()) == 1);
            }
        }
        Map<String, Long> traces = LeadTraces.of(jdbc, lead.value());
        assertThat(traces)
                .as("tables naming the erased lead after the late events")
                .isEmpty();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static String stream(IntegrationEvent event) {
        return switch (event) {
            case ProfileChangedEvent p -> EventStreams.PROFILES;
            case ConsentChangedEvent c -> EventStreams.CONSENT;
            default -> EventStreams.LIFECYCLE;
        };
    }

    private static ProfileChangedEvent profile(LeadId lead) {
        return new ProfileChangedEvent(
                meta(ProfileChangedEvent.TYPE, lead),
                "erin." + lead + "@acme.example",
                Map.of("firstName", "Erin", "lastName", "Erased"));
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
