package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rudderstack.sdk.java.analytics.RudderAnalytics;
import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.TrackMessage;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Stock tracking SDKs of the Segment protocol family, unchanged, pointed at the gateway with a LeadFlow write key:
 * Segment's Java SDK (write key in the batch body, plain JSON) and RudderStack's (write key in HTTP Basic, batches
 * gzip-compressed). What they send (snake_case property names and values such as {@code content_type: case_study})
 * must fire the default model's rules, which are written as {@code contentType = case-study}.
 */
final class StockSdkJourney {

    private static final List<String> STUDIES = List.of("logistics-at-scale", "zero-downtime-erp");

    private final SuiteClient admin;
    private final SuiteClient marketing;

    /** Signs in at the local identity provider as the admin and marketing of {@link LeadJourney#roles()}. */
    StockSdkJourney(SuiteClient gateway, String identityUrl, Map<String, String> passwords) {
        this.admin =
                LocalSignIn.as(gateway, identityUrl, LeadJourney.ADMIN_EMAIL, passwords.get(LeadJourney.ADMIN_EMAIL));
        this.marketing = LocalSignIn.as(
                gateway, identityUrl, LeadJourney.MARKETING_EMAIL, passwords.get(LeadJourney.MARKETING_EMAIL));
    }

    /** Through Segment's SDK, an IT manager of a 500-person company downloads two case studies: the rule fires. */
    void segmentSdkSendsAnItManagerDownloadingTwoCaseStudies() {
        String email = newEmail();

        List<String> failures = new CopyOnWriteArrayList<>();
        Analytics analytics = Analytics.builder(writeKey("segment java sdk"))
                .endpoint(admin.base())
                .flushQueueSize(10)
                .flushInterval(1, TimeUnit.SECONDS)
                .callback(new Callback() {
                    @Override
                    public void success(Message message) {}

                    @Override
                    public void failure(Message message, Throwable cause) {
                        failures.add(message.type() + ": " + cause);
                    }
                })
                .build();
        try {
            analytics.enqueue(IdentifyMessage.builder().userId(email).traits(itManager(email)));
            for (String study : STUDIES) {
                analytics.enqueue(TrackMessage.builder("Content Downloaded")
                        .userId(email)
                        .properties(Map.of("content_type", "case_study", "content_name", study)));
            }
            analytics.flush();

            theRuleFiresFor(email, failures);
        } finally {
            analytics.shutdown();
        }
    }

    /** The same journey through RudderStack's Java SDK, which gzips its batches and sends the key in HTTP Basic. */
    void rudderStackSdkSendsAnItManagerDownloadingTwoCaseStudies() {
        String email = newEmail();
        List<String> failures = new CopyOnWriteArrayList<>();
        RudderAnalytics analytics = RudderAnalytics.builder(writeKey("rudderstack java sdk"))
                .setDataPlaneUrl(admin.base())
                .setGZIP(true)
                .flushQueueSize(10)
                .flushInterval(1, TimeUnit.SECONDS)
                .callback(new com.rudderstack.sdk.java.analytics.Callback() {
                    @Override
                    public void success(com.rudderstack.sdk.java.analytics.messages.Message message) {}

                    @Override
                    public void failure(com.rudderstack.sdk.java.analytics.messages.Message message, Throwable cause) {
                        failures.add(message.type() + ": " + cause);
                    }
                })
                .build();
        try {
            analytics.enqueue(com.rudderstack.sdk.java.analytics.messages.IdentifyMessage.builder()
                    .userId(email)
                    .traits(itManager(email)));
            for (String study : STUDIES) {
                analytics.enqueue(com.rudderstack.sdk.java.analytics.messages.TrackMessage.builder("Content Downloaded")
                        .userId(email)
                        .properties(Map.of("content_type", "case_study", "content_name", study)));
            }
            analytics.flush();
            theRuleFiresFor(email, failures);
        } finally {
            analytics.shutdown();
        }
    }

    private void theRuleFiresFor(String email, List<String> failures) {
        String leadId = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> {
                            assertThat(failures)
                                    .as("what the SDK could not deliver")
                                    .isEmpty();
                            return marketing.contact(email);
                        },
                        answer -> answer.status() == 200)
                .body()
                .path("leadId")
                .asString();
        await().atMost(LeadJourney.PATIENCE).untilAsserted(() -> {
            JsonNode lead = marketing.get("/api/v1/leads/" + leadId).body();
            assertThat(lead.path("reasons").toString())
                    .as("the rule's label among the lead's reasons")
                    .contains("downloaded two case studies");
        });
    }

    private String writeKey(String name) {
        SuiteClient.Answer created =
                admin.post("/api/v1/api-keys", SuiteClient.json(Map.of("name", name + " " + UUID.randomUUID())));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("key").asString();
    }

    private static String newEmail() {
        return "priya.nair+" + UUID.randomUUID().toString().substring(0, 8) + "@contoso-industrial.com";
    }

    private static Map<String, Object> itManager(String email) {
        return Map.of(
                "email",
                email,
                "title",
                "IT Manager",
                "department",
                "IT",
                "company",
                Map.of("name", "Contoso Industrial", "employee_count", 500));
    }
}
