package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SignInRefusedException;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One lead through the whole suite on real infrastructure: five processes, real HTTP through the gateway, real
 * RabbitMQ between them, a real PostgreSQL database per service, and a real webhook endpoint for the sales rep.
 */
class LeadJourneyIT {

    private static WebhookReceiver webhook;
    private static LocalStack stack;
    private static SuiteClient gateway;
    private static OutboxRows outbox;

    @BeforeAll
    static void startTheSuite() throws Exception {
        webhook = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(18080)
                .withDataDir(home.resolve("deploy/target/e2e"))
                .withFreshDatabases("leadflow_e2e_");
        stack = LocalStack.start(config, ConsolePeople.withRoles(LeadJourney.roles()), Map.of(), Map.of());
        gateway = SuiteClient.of(stack.gatewayUrl());
        outbox = new OutboxRows(config);
    }

    /** The journey's people, signed in at the stack's identity provider. */
    private static LeadJourney journey() {
        return new LeadJourney(gateway, stack.identityUrl(), stack.people().passwords(), webhook);
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void a_lead_qualifies_reaches_its_rep_is_rejected_nurtured_and_comes_back_to_sales_when_it_re_engages() {
        LeadJourney journey = journey();
        journey.reEngageAndReturnToSales(journey.qualifyHandOffRejectAndNurture());
    }

    @Test
    void a_stock_segment_sdk_s_case_study_downloads_fire_the_default_it_manager_rule() {
        new StockSdkJourney(gateway, stack.identityUrl(), stack.people().passwords())
                .segmentSdkSendsAnItManagerDownloadingTwoCaseStudies();
    }

    @Test
    void a_stock_rudderstack_sdk_s_gzip_batches_fire_the_same_rule() {
        new StockSdkJourney(gateway, stack.identityUrl(), stack.people().passwords())
                .rudderStackSdkSendsAnItManagerDownloadingTwoCaseStudies();
    }

    @Test
    void every_service_documents_its_api_in_the_gateways_swagger_ui() {
        assertThat(gateway.get("/swagger-ui.html").status()).isBetween(200, 399);
        for (String service : List.of("ingestion", "scoring", "handoff", "nurturing")) {
            SuiteClient.Answer docs = gateway.get("/v3/api-docs/" + service);
            assertThat(docs.status()).as(service).isEqualTo(200);
            assertThat(docs.body().path("openapi").asString()).as(service).startsWith("3.");
            assertThat(docs.body().path("paths").size()).as(service + " paths").isPositive();
        }
    }

    @Test
    void nobody_gets_in_without_credentials() {
        assertThat(gateway.post(
                                "/api/v1/events",
                                LeadJourney.engagement("a@b.example", "website_visited", "website", Instant.now()))
                        .status())
                .isEqualTo(401);
        assertThat(gateway.get("/api/v1/leads").status()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_gets_no_token_and_the_retired_self_service_token_path_gives_none_either() {
        assertThatThrownBy(
                        () -> LocalSignIn.as(gateway, stack.identityUrl(), LeadJourney.ADMIN_EMAIL, "not-the-password"))
                .isInstanceOf(SignInRefusedException.class)
                .hasMessageContaining(LeadJourney.ADMIN_EMAIL)
                .hasMessageContaining("wrong e-mail or password");
        SuiteClient.Answer selfService = gateway.post(
                "/local-auth/token",
                SuiteClient.json(Map.of("email", "me@leadflow-demo.example", "roles", List.of("admin"))));
        assertThat(selfService.status()).isEqualTo(401);
        assertThat(selfService.text()).doesNotContain("access_token");
    }

    @Test
    void bad_input_through_the_gateway_is_answered_with_a_problem_that_names_the_field() {
        SuiteClient.Answer answer = journey()
                .source()
                .post(
                        "/api/v1/events",
                        LeadJourney.engagement(
                                "not-an-address",
                                "website_visited",
                                "website",
                                Instant.now().minusSeconds(60)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("type").asString()).endsWith("/invalid-field");
        assertThat(answer.body().path("field").asString()).isEqualTo("email");
    }

    @Test
    void a_call_straight_to_a_service_port_with_forged_identity_headers_is_refused_and_records_nothing() {
        String email = "forged." + UUID.randomUUID().toString().substring(0, 8) + "@northwind-logistics.com";
        SuiteClient direct = SuiteClient.of("http://localhost:" + SuiteService.INGESTION.port(stack.config()));

        SuiteClient.Answer forged = direct.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "demo_requested", "contact_form", Instant.now()),
                Map.of("X-LeadFlow-User", "apikey:forged", "X-LeadFlow-Roles", "source"));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body().path("type").asString()).endsWith("/unauthenticated");
        assertThat(journey().marketer().contact(email).status())
                .as("nothing was recorded for the forged caller")
                .isEqualTo(404);
    }

    @Test
    void a_client_s_trace_runs_through_ingestion_scoring_and_hand_off_with_the_correlation_id_in_the_logs()
            throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String correlation = "e2e-trace-" + traceId.substring(0, 12);
        String email = "sam.trace+" + traceId.substring(0, 8) + "@northwind-logistics.com";
        SuiteClient.Answer demo = journey()
                .source()
                .post(
                        "/api/v1/events",
                        LeadJourney.engagement(
                                email,
                                "demo_requested",
                                "contact_form",
                                Instant.now().minusSeconds(3600)),
                        Map.of(
                                "traceparent",
                                "00-" + traceId + "-e457b5a2e4d86bd1-01",
                                "X-Correlation-Id",
                                correlation));
        assertThat(demo.status()).isEqualTo(202);
        String leadId = demo.body().path("leadId").asString();

        String traced = "00-" + traceId + "-[0-9a-f]{16}-01";
        assertThat(outbox.traceparents("ingestion", leadId))
                .as("ingestion's outbox rows")
                .isNotEmpty()
                .allSatisfy(traceparent -> assertThat(traceparent).matches(traced));
        await().atMost(LeadJourney.PATIENCE)
                .untilAsserted(() -> assertThat(outbox.traceparents("scoring", leadId))
                        .as("scoring's outbox rows: score and qualification")
                        .hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(traceparent -> assertThat(traceparent).matches(traced)));

        JsonNode assigned = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> Files.readAllLines(stack.logOf("handoff-service")).stream()
                                .filter(line -> line.startsWith("{") && line.contains("lead " + leadId + " qualified"))
                                .map(SuiteClient::parse)
                                .findFirst()
                                .orElse(null),
                        line -> line != null);
        assertThat(assigned.path("trace.id").asString())
                .as("hand-off's log line")
                .isEqualTo(traceId);
        assertThat(assigned.path("correlation").path("id").asString()).isEqualTo(correlation);
    }
}
