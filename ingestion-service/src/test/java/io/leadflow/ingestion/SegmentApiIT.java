package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import io.leadflow.support.testing.GatewayTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Segment HTTP Tracking API with the JSON that analytics SDKs send, and a stock Segment SDK pointed at us. */
class SegmentApiIT extends RunningServiceIT {

    private static final String WRITE_KEY =
            "Basic " + Base64.getEncoder().encodeToString("wk_test_123:".getBytes(StandardCharsets.UTF_8));

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void an_anonymous_track_becomes_the_lead_s_engagement_once_identify_names_the_visitor() {
        String anonymousId = "ajs-anon-" + run;
        String at = Instant.now()
                .minus(10, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.MILLIS)
                .toString();
        HttpCalls.Answer track = segment("/v1/track", """
                {"type":"track","event":"Webinar Registered","anonymousId":"%s","messageId":"ajs-m-1-%s",
                 "properties":{"webinar":"Scaling B2B","minutes":45,"product":{"sku":"LF-1"}},
                 "context":{"library":{"name":"analytics.js","version":"4.1.0"},
                            "campaign":{"name":"q4-webinars","source":"linkedin","medium":"social"},
                            "page":{"url":"https://contoso.example/webinars"}},
                 "timestamp":"%s","sentAt":"%s"}""".formatted(anonymousId, run, at, at));
        assertThat(track.status()).isEqualTo(200);
        assertThat(track.json().path("success").asBoolean()).isTrue();

        String email = "grace." + run + "@fabrikam.com";
        HttpCalls.Answer identify = segment("/v1/identify", """
                {"type":"identify","userId":"user-%s","anonymousId":"%s","messageId":"ajs-m-2-%s",
                 "traits":{"email":"%s","name":"Grace Hopper","title":"VP Engineering","phone":"+1 555 0100",
                           "company":{"name":"Fabrikam","employee_count":1200,"industry":"manufacturing"},
                           "address":{"country":"US"},"plan":"enterprise"},
                 "context":{"library":{"name":"analytics.js","version":"4.1.0"}},
                 "originalTimestamp":"%s","sentAt":"%s"}""".formatted(run, anonymousId, run, email, at, at));
        assertThat(identify.status()).isEqualTo(200);

        JsonNode contact = http().contact(email).json();
        assertThat(contact.path("firstName").asString()).isEqualTo("Grace");
        assertThat(contact.path("lastName").asString()).isEqualTo("Hopper");
        assertThat(contact.path("jobTitle").asString()).isEqualTo("VP Engineering");
        assertThat(contact.path("company").path("employees").asLong()).isEqualTo(1200);
        assertThat(contact.path("country").asString()).isEqualTo("US");
        assertThat(contact.path("custom").path("plan").asString()).isEqualTo("enterprise");
        String leadId = contact.path("leadId").asString();
        JsonNode events = http().get("/api/v1/leads/" + leadId + "/events").json();
        assertThat(events.path("items")).singleElement().satisfies(e -> {
            assertThat(e.path("type").asString()).isEqualTo("webinar_registered");
            assertThat(e.path("channel").asString()).isEqualTo("social");
            assertThat(e.path("campaign").asString()).isEqualTo("q4-webinars");
            assertThat(e.path("properties").path("product.sku").asString()).isEqualTo("LF-1");
            assertThat(e.path("sourceApi").asString()).isEqualTo("segment");
        });

        HttpCalls.Answer later = segment("/v1/page", """
                {"type":"page","userId":"user-%s","name":"Pricing","properties":{"path":"/pricing"},
                 "messageId":"ajs-m-3-%s"}""".formatted(run, run));
        assertThat(later.status()).isEqualTo(200);
        assertThat(eventsOf(leadId))
                .as("a later page call by user id is the same lead")
                .isEqualTo(2);
    }

    @Test
    void a_resent_message_id_is_stored_once_and_a_batch_keeps_its_valid_messages() {
        String email = "linus." + run + "@fabrikam.com";
        String batch = """
                {"batch":[
                  {"type":"identify","userId":"%1$s","traits":{"email":"%1$s","firstName":"Linus"},"messageId":"b1-%2$s"},
                  {"type":"track","userId":"%1$s","event":"Demo Requested","messageId":"b2-%2$s"},
                  {"type":"track","userId":"%1$s","event":"Order Completed","messageId":"b3-%2$s"},
                  {"type":"track","event":"Email Opened","messageId":"b4-%2$s"}
                 ],
                 "context":{"library":{"name":"analytics-node","version":"2.0.0"}},
                 "sentAt":"%3$s"}""".formatted(email, run, Instant.now().toString());

        HttpCalls.Answer first = segment("/v1/batch", batch);
        HttpCalls.Answer again = segment("/v1/batch", batch);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(first.json().path("rejected"))
                .extracting(r -> r.path("rule").asString())
                .containsExactly("type.unknown", "identity.required");
        assertThat(again.status()).isEqualTo(200);
        String leadId = http().contact(email).json().path("leadId").asString();
        assertThat(eventsOf(leadId))
                .as("messageId de-duplicates the resent batch")
                .isEqualTo(1);
    }

    @Test
    void a_stock_segment_java_sdk_pointed_at_leadflow_delivers_identify_and_track() throws Exception {
        String email = "margaret." + run + "@fabrikam.com";
        String caller = GatewayTokens.of("apikey:sdk-test", "source");
        Analytics analytics = Analytics.builder("wk_sdk_test")
                .endpoint("http://localhost:" + port)
                // what the gateway adds to the SDK's calls on their way in
                .client(new okhttp3.OkHttpClient.Builder()
                        .addInterceptor(chain -> chain.proceed(chain.request()
                                .newBuilder()
                                .header(GatewayTokens.HEADER, caller)
                                .build()))
                        .build())
                .flushQueueSize(10)
                .flushInterval(1, java.util.concurrent.TimeUnit.SECONDS)
                .build();
        try {
            analytics.enqueue(IdentifyMessage.builder()
                    .userId(email)
                    .traits(Map.of("email", email, "firstName", "Margaret", "title", "Director of IT")));
            analytics.enqueue(TrackMessage.builder("Demo Requested")
                    .userId(email)
                    .properties(Map.of("plan", "enterprise", "seats", 40)));
            analytics.flush();

            String leadId = await().atMost(Duration.ofSeconds(30))
                    .until(() -> http().contact(email).json(), c -> c != null && c.has("leadId"))
                    .path("leadId")
                    .asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(leadId) == 1);
            JsonNode event = http().get("/api/v1/leads/" + leadId + "/events")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(event.path("type").asString()).isEqualTo("demo_requested");
            assertThat(event.path("properties").path("seats").asString()).isEqualTo("40");
            assertThat(http().contact(email).json().path("jobTitle").asString()).isEqualTo("Director of IT");
        } finally {
            analytics.shutdown();
        }
    }

    private HttpCalls.Answer segment(String path, String body) {
        return http().post(
                        path,
                        body,
                        "Authorization",
                        WRITE_KEY,
                        GatewayTokens.HEADER,
                        GatewayTokens.of("apikey:segment-test", "source"));
    }
}
