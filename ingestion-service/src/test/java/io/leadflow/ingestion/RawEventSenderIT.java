package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.testing.GatewayTokens;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each raw event keeps the API key that sent it, whichever door it came through (a single event, a batch, a Segment
 * call), as the gateway named the caller; an event a person sent names no key, and a key id in the body is not
 * believed. The lead's history shows it, as an access matrix of sender × what the log keeps.
 */
class RawEventSenderIT extends RunningServiceIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void every_raw_event_keeps_the_id_of_the_api_key_that_sent_it_and_a_persons_event_none() {
        String email = "sender." + run + "@contoso-it.com";
        String leadId = http().post(
                        "/api/v1/events",
                        event(email, "email_opened", "e1"),
                        GatewayTokens.HEADER,
                        GatewayTokens.of("apikey:forms" + run, "source"))
                .json()
                .path("leadId")
                .asString();
        assertThat(http().post(
                                "/api/v1/events/batch",
                                "[" + event(email, "email_clicked", "e2") + "]",
                                GatewayTokens.HEADER,
                                GatewayTokens.of("apikey:crm" + run, "source"))
                        .status())
                .isEqualTo(202);
        assertThat(http().post(
                                "/v1/track",
                                """
                                {"type":"track","event":"Demo Requested","userId":"%1$s","messageId":"m-%2$s",
                                 "context":{"traits":{"email":"%1$s"}}}""".formatted(email, run),
                                GatewayTokens.HEADER,
                                GatewayTokens.of("apikey:segment" + run, "source"))
                        .status())
                .isEqualTo(200);
        assertThat(http().post(
                                "/api/v1/events",
                                event(email, "webinar_attended", "e4").replace("}}", "},\"apiKeyId\":\"forged\"}"),
                                GatewayTokens.HEADER,
                                GatewayTokens.of("marketing." + run + "@leadflow.test", "admin"))
                        .status())
                .isEqualTo(202);

        Map<String, String> keyOfEvent = new HashMap<>();
        JsonNode items =
                http().get("/api/v1/leads/" + leadId + "/events?size=10").json().path("items");
        items.forEach(item -> keyOfEvent.put(
                item.path("type").asString() + "/" + item.path("customType").asString(""),
                item.path("apiKeyId").isNull() ? "none" : item.path("apiKeyId").asString()));

        assertThat(keyOfEvent)
                .containsEntry("email_opened/", "forms" + run)
                .containsEntry("email_clicked/", "crm" + run)
                .containsEntry("webinar_attended/", "none")
                .containsValue("segment" + run)
                .hasSize(4);
    }

    private String event(String email, String type, String id) {
        return """
                {"eventId":"%s","type":"%s","occurredAt":"%s","email":"%s","channel":"email","properties":{"k":"v"}}""".formatted(UUID.nameUUIDFromBytes((run + id).getBytes()), type, IngestionApiIT.RECENT, email);
    }
}
