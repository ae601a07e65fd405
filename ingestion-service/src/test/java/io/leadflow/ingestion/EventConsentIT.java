package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.testing.GatewayTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Consent that comes with events, over real HTTP and PostgreSQL: Segment's {@code context.consent} on a track or a
 * page, the native {@code consent} field, and an anonymous visitor's unsubscribe that reaches the person once an
 * identify names them.
 */
class EventConsentIT extends RunningServiceIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void segment_s_context_consent_on_a_track_or_a_page_withdraws_like_on_an_identify() {
        String tracked = "trk." + run + "@contoso-it.com";
        assertThat(segment("/v1/track", """
                        {"userId":"%s","event":"Webinar Attended","messageId":"t-%s",
                         "context":{"consent":{"categoryPreferences":{"Email Marketing":false}}}}""".formatted(tracked, run)).status()).isEqualTo(200);
        JsonNode standing = standingOf(tracked);
        assertThat(standing.path("contactSuppressed").asBoolean()).isTrue();
        assertThat(standing.path("suppressedBecause").asString()).isEqualTo("consent_withdrawn");
        assertThat(standing.path("profilingObjected").asBoolean()).isFalse();

        String paged = "pag." + run + "@contoso-it.com";
        segment("/v1/page", """
                {"userId":"%s","name":"Pricing","messageId":"p-%s",
                 "context":{"consent":{"categoryPreferences":{"Personalization":false,"Marketing":true}}}}""".formatted(paged, run));
        JsonNode objected = standingOf(paged);
        assertThat(objected.path("profilingObjected").asBoolean()).isTrue();
        assertThat(objected.path("contactSuppressed").asBoolean()).isFalse();
    }

    @Test
    void an_anonymous_unsubscribe_suppresses_the_person_once_an_identify_links_the_visitor() {
        String visitor = "anon-" + run;
        segment("/v1/track", """
                {"anonymousId":"%s","event":"Unsubscribed","messageId":"u-%s",
                 "timestamp":"2026-11-03T08:00:00Z"}""".formatted(visitor, run));
        String email = "anu." + run + "@contoso-it.com";

        segment("/v1/identify", """
                {"userId":"%s","anonymousId":"%s","traits":{"email":"%s"},"messageId":"i-%s"}""".formatted(email, visitor, email, run));

        JsonNode standing = standingOf(email);
        assertThat(standing.path("contactSuppressed").asBoolean()).isTrue();
        assertThat(standing.path("suppressedBecause").asString()).isEqualTo("unsubscribed");
        assertThat(standing.path("suppressedSince").asString()).isEqualTo("2026-11-03T08:00:00Z");
    }

    @Test
    void the_native_consent_field_withdraws_and_a_bad_value_is_a_problem_naming_it_that_changes_nothing() {
        String email = "nat." + run + "@contoso-it.com";
        HttpCalls.Answer wrongType = http().post("/api/v1/events", """
                {"type":"email_opened","email":"%s","channel":"email","consent":{"marketing":"no"}}""".formatted(email));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("field").asString()).isEqualTo("consent.marketing");
        HttpCalls.Answer unknown = http().post("/api/v1/events/batch", """
                [{"type":"email_opened","email":"%s","channel":"email","consent":{"newsletter":false}}]""".formatted(email));
        assertThat(unknown.json()
                        .path("results")
                        .path(0)
                        .path("error")
                        .path("field")
                        .asString())
                .isEqualTo("consent.newsletter");
        assertThat(http().post("/api/v1/contacts/search", "{\"email\":\"" + email + "\"}")
                        .status())
                .isNotEqualTo(200);

        String leadId = http().post("/api/v1/events", """
                        {"type":"email_opened","email":"%s","channel":"email","consent":{"profiling":false}}""".formatted(email))
                .json()
                .path("leadId")
                .asString();
        JsonNode standing =
                http().get("/api/v1/contacts/" + leadId + "/consent").json();
        assertThat(standing.path("profilingObjected").asBoolean()).isTrue();
        assertThat(standing.path("contactSuppressed").asBoolean()).isFalse();
        assertThat(eventsOf(leadId)).isEqualTo(1);
    }

    private HttpCalls.Answer segment(String path, String body) {
        return http().post(path, body, GatewayTokens.HEADER, GatewayTokens.of("apikey:segment-test", "source"));
    }

    private JsonNode standingOf(String email) {
        String leadId = http().post("/api/v1/contacts/search", "{\"email\":\"" + email + "\"}")
                .json()
                .path("leadId")
                .asString();
        return http().get("/api/v1/contacts/" + leadId + "/consent").json();
    }
}
