package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.support.testing.GatewayTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suppression list over real HTTP, PostgreSQL and RabbitMQ: every door a consent signal comes in by changes the
 * person's standing once, and each change leaves as a confirmed {@code ConsentChanged} on {@code lead.consent}.
 */
class ConsentIT extends RunningServiceIT {

    @Autowired
    RabbitAdmin rabbit;

    @Autowired
    RabbitTemplate template;

    @Autowired
    JsonMapper json;

    private Queue consent;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void observeTheConsentStream() {
        consent = new Queue("it.ingestion.consent." + UUID.randomUUID(), false, true, true);
        rabbit.declareExchange(new TopicExchange("lead.consent", true, false));
        rabbit.declareQueue(consent);
        rabbit.declareBinding(BindingBuilder.bind(consent)
                .to(new TopicExchange("lead.consent"))
                .with("#"));
    }

    @AfterEach
    void stopObserving() {
        rabbit.deleteQueue(consent.getName());
    }

    @Test
    void an_unsubscribe_is_remembered_announced_and_only_undone_by_an_explicit_re_subscription() {
        String email = "una." + run + "@contoso-it.com";
        String leadId = http().post("/api/v1/events", """
                        {"type":"unsubscribed","occurredAt":"2026-11-01T09:00:00Z","email":"%s","channel":"email",
                         "source":"newsletter"}""".formatted(email))
                .json()
                .path("leadId")
                .asString();
        http().post("/api/v1/events", """
                {"type":"email_opened","occurredAt":"2026-11-02T09:00:00Z","email":"%s","channel":"email"}""".formatted(email));

        JsonNode standing =
                http().get("/api/v1/contacts/" + leadId + "/consent").json();
        assertThat(standing.path("contactSuppressed").asBoolean()).isTrue();
        assertThat(standing.path("suppressedBecause").asString()).isEqualTo("unsubscribed");
        assertThat(standing.path("suppressedSince").asString()).isEqualTo("2026-11-01T09:00:00Z");
        JsonNode announced = nextConsentEvent(leadId);
        assertThat(announced.path("contactSuppressed").asBoolean()).isTrue();
        assertThat(announced.path("revision").asLong()).isEqualTo(1);

        HttpCalls.Answer resubscribed = http().send(
                        "PUT", "/api/v1/contacts/" + leadId + "/consent", "{\"marketing\":true}", "application/json");
        assertThat(resubscribed.status()).isEqualTo(200);
        assertThat(resubscribed.json().path("contactSuppressed").asBoolean()).isFalse();
        assertThat(resubscribed.json().path("revision").asLong()).isEqualTo(2);
        assertThat(nextConsentEvent(leadId).path("revision").asLong()).isEqualTo(2);
    }

    @Test
    void a_profile_s_consent_flags_and_segment_s_context_consent_withdraw_consent_and_object_to_profiling() {
        String email = "flag." + run + "@contoso-it.com";
        String leadId = http().upsertContact(email, """
                {"firstName":"Flo","consent":{"email":false}}""").json().path("leadId").asString();
        assertThat(http().get("/api/v1/contacts/" + leadId + "/consent")
                        .json()
                        .path("suppressedBecause")
                        .asString())
                .isEqualTo("consent_withdrawn");

        HttpCalls.Answer identify = http().post(
                        "/v1/identify",
                        """
                {"userId":"%s","traits":{"email":"%s"},"messageId":"m-%s",
                 "context":{"consent":{"categoryPreferences":{"Advertising":false,"Personalization":false,
                 "Analytics":true}}}}""".formatted(email, email, run),
                        GatewayTokens.HEADER,
                        GatewayTokens.of("apikey:segment-test", "source"));
        assertThat(identify.status()).isEqualTo(200);

        JsonNode standing =
                http().get("/api/v1/contacts/" + leadId + "/consent").json();
        assertThat(standing.path("contactSuppressed").asBoolean()).isTrue();
        assertThat(standing.path("profilingObjected").asBoolean()).isTrue();
        assertThat(standing.path("revision").asLong()).isEqualTo(2);
    }

    @Test
    void a_consent_change_names_a_known_lead_and_something_to_change() {
        assertThat(http().send(
                                "PUT",
                                "/api/v1/contacts/" + UUID.randomUUID() + "/consent",
                                "{\"marketing\":true}",
                                "application/json")
                        .status())
                .isEqualTo(404);
        String leadId = http().upsertContact("nem." + run + "@contoso-it.com", "{}")
                .json()
                .path("leadId")
                .asString();
        HttpCalls.Answer empty =
                http().send("PUT", "/api/v1/contacts/" + leadId + "/consent", "{}", "application/json");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("field").asString()).isEqualTo("marketing");
        JsonNode standing =
                http().get("/api/v1/contacts/" + leadId + "/consent").json();
        assertThat(standing.path("contactSuppressed").asBoolean()).isFalse();
        assertThat(standing.path("revision").asLong()).isZero();
    }

    private JsonNode nextConsentEvent(String leadId) {
        List<Message> skipped = new ArrayList<>();
        Message message = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            Message m = template.receive(consent.getName());
                            if (m != null
                                    && !leadId.equals(m.getMessageProperties()
                                            .getHeaders()
                                            .get(MessageHeaders.LEAD_ID))) {
                                skipped.add(m);
                                return null;
                            }
                            return m;
                        },
                        m -> m != null);
        assertThat(message.getMessageProperties().getHeaders())
                .containsEntry(MessageHeaders.EVENT_TYPE, "ConsentChanged");
        return json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
    }
}
