package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.testing.GatewayTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A browser write key's calls, as the gateway forwards them (a caller token with {@code key_scope=browser}): page,
 * track and identify of new people work; a known contact's fields are never overwritten; demo requests and every
 * other path are refused unless the key allows buying signals. Against the real service and PostgreSQL.
 */
class BrowserKeyIT extends RunningServiceIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String browser = GatewayTokens.browserKey("browser-" + run, false);
    private final String server = GatewayTokens.of("apikey:server-" + run, "source");

    @Test
    void a_browser_key_sends_page_views_and_tracks_and_creates_new_contacts() {
        String email = "ada." + run + "@fabrikam.com";
        assertThat(send(browser, "/v1/identify", """
                        {"userId":"u-%1$s","anonymousId":"a-%1$s","traits":{"email":"%2$s","title":"CTO",
                         "firstName":"Ada"}}""".formatted(run, email)).status())
                .isEqualTo(200);
        assertThat(send(browser, "/v1/page", """
                        {"anonymousId":"a-%s","name":"Pricing","properties":{"path":"/pricing"}}""".formatted(run)).status()).isEqualTo(200);
        HttpCalls.Answer track = send(browser, "/v1/track", """
                {"anonymousId":"a-%s","event":"Webinar Registered"}""".formatted(run));
        assertThat(track.status()).isEqualTo(200);

        JsonNode contact = http().contact(email).json();
        assertThat(contact.path("jobTitle").asString()).isEqualTo("CTO");
        assertThat(eventsOf(contact.path("leadId").asString())).isEqualTo(2);
    }

    @Test
    void a_browser_key_cannot_overwrite_a_known_contact_s_title_but_fills_what_is_missing() {
        String email = "grace." + run + "@fabrikam.com";
        assertThat(send(server, "/v1/identify", """
                        {"userId":"%s","traits":{"email":"%s","title":"VP Engineering"}}""".formatted(email, email)).status())
                .isEqualTo(200);

        HttpCalls.Answer identify = send(browser, "/v1/identify", """
                {"userId":"%s","traits":{"email":"%s","title":"Intern","phone":"+1 555 0100"}}""".formatted(email, email));

        assertThat(identify.status()).isEqualTo(200);
        assertThat(identify.json().path("ignored")).singleElement().satisfies(ignored -> {
            assertThat(ignored.path("attributes").toString()).contains("jobTitle");
            assertThat(ignored.path("rule").asString()).isEqualTo("identify.browserKey.noOverwrite");
        });
        JsonNode contact = http().contact(email).json();
        assertThat(contact.path("jobTitle").asString()).isEqualTo("VP Engineering");
        assertThat(contact.path("phone").asString()).isEqualTo("+1 555 0100");
    }

    @Test
    void a_browser_key_cannot_send_a_demo_request_unless_the_key_allows_buying_signals() {
        String email = "linus." + run + "@fabrikam.com";
        send(server, "/v1/identify", """
                {"userId":"%s","traits":{"email":"%s"}}""".formatted(email, email));
        String demo = """
                {"userId":"%s","event":"Demo Requested","messageId":"demo-%s"}""".formatted(email, run);

        HttpCalls.Answer refused = send(browser, "/v1/track", demo);
        HttpCalls.Answer inBatch = send(browser, "/v1/batch", """
                {"batch":[{"type":"page","userId":"%1$s","name":"Home"},
                          {"type":"track","userId":"%1$s","event":"demo-requested"}]}""".formatted(email));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("buying signals");
        assertThat(inBatch.status()).isEqualTo(403);
        String leadId = http().contact(email).json().path("leadId").asString();
        assertThat(eventsOf(leadId)).as("nothing of a refused call is recorded").isZero();

        String allowed = GatewayTokens.browserKey("signals-" + run, true);
        assertThat(send(allowed, "/v1/track", demo).status()).isEqualTo(200);
        assertThat(eventsOf(leadId)).isEqualTo(1);
    }

    @Test
    void a_browser_key_reaches_no_other_call_or_path() {
        String email = "alan." + run + "@fabrikam.com";
        assertThat(send(browser, "/v1/group", """
                        {"userId":"%s","traits":{"name":"Fabrikam"}}""".formatted(email)).status()).isEqualTo(403);
        assertThat(send(browser, "/v1/batch", """
                        {"batch":[{"type":"alias","userId":"%s","previousId":"x"}]}""".formatted(email)).status()).isEqualTo(403);
        HttpCalls.Answer nativeEvent = send(browser, "/api/v1/events", """
                {"type":"demo_requested","email":"%s"}""".formatted(email));
        assertThat(nativeEvent.status()).isEqualTo(403);
        assertThat(nativeEvent.json().path("type").asString()).endsWith("/forbidden");
        assertThat(http().upsertContact(email, "{\"jobTitle\":\"CEO\"}", GatewayTokens.HEADER, browser)
                        .status())
                .isEqualTo(403);
        assertThat(http().contact(email).status()).isEqualTo(404);
    }

    private HttpCalls.Answer send(String caller, String path, String body) {
        return http().post(path, body, GatewayTokens.HEADER, caller);
    }
}
