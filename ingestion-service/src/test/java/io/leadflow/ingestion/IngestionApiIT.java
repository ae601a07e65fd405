package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.support.testing.GatewayTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The native API over real HTTP, PostgreSQL and RabbitMQ: contacts, identity, idempotency, batches, imports. */
class IngestionApiIT extends RunningServiceIT {

    static final String RECENT = Instant.now()
            .minus(1, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();

    @Test
    void a_contact_is_created_then_partially_updated_without_losing_fields_and_read_back() {
        String email = person("ada");
        HttpCalls.Answer created = http().upsertContact(email, """
                {"firstName":"Ada","lastName":"Byron","jobTitle":"CTO","seniority":"c_level",
                 "company":{"name":"Contoso","employees":250,"industry":"software"},
                 "consent":{"email":true},"custom":{"favouriteColour":"green"}}""");
        assertThat(created.status()).isEqualTo(201);

        HttpCalls.Answer updated = http().upsertContact(email.toUpperCase(), """
                {"country":"GB","company":{"annualRevenue":"12000000"}}""");
        assertThat(updated.status()).isEqualTo(200);

        JsonNode read = http().contact(email).json();
        assertThat(read.path("leadId").asString())
                .isEqualTo(created.json().path("leadId").asString());
        assertThat(read.path("firstName").asString()).isEqualTo("Ada");
        assertThat(read.path("country").asString()).isEqualTo("GB");
        assertThat(read.path("company").path("employees").asLong()).isEqualTo(250);
        assertThat(read.path("company").path("annualRevenue").asString()).isEqualTo("12000000");
        assertThat(read.path("company").path("domain").asString()).isEqualTo("contoso-it.com");
        assertThat(read.path("consent").path("email").asBoolean()).isTrue();
        assertThat(read.path("custom").path("favouriteColour").asString()).isEqualTo("green");
        assertThat(read.path("freeMail").asBoolean()).isFalse();
        assertThat(http().contact("nobody@contoso-it.com").status()).isEqualTo(404);
    }

    @Test
    void a_contact_is_found_by_lead_id_or_by_an_e_mail_in_the_body_and_never_by_an_e_mail_in_the_path() {
        String email = person("grace");
        String leadId = http().upsertContact(email, """
                {"firstName":"Grace"}""").json().path("leadId").asString();

        assertThat(http().get("/api/v1/contacts/" + leadId).json().path("email").asString())
                .isEqualTo(email);
        assertThat(http().contact(email.toUpperCase()).json().path("leadId").asString())
                .isEqualTo(leadId);
        assertThat(http().get("/api/v1/contacts/" + UUID.randomUUID()).status()).isEqualTo(404);

        HttpCalls.Answer byEmail = http().get("/api/v1/contacts/" + email);
        assertThat(byEmail.status()).isEqualTo(400);
        assertThat(byEmail.json().path("field").asString()).isEqualTo("leadId");
        assertThat(http().put("/api/v1/contacts/" + email, "{\"firstName\":\"Eve\"}")
                        .status())
                .isIn(404, 405);
        assertThat(http().contact(email).json().path("firstName").asString()).isEqualTo("Grace");
        HttpCalls.Answer noEmail = http().post("/api/v1/contacts", "{\"firstName\":\"Nobody\"}");
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.json().path("field").asString()).isEqualTo("email");
    }

    @Test
    void a_lead_s_events_come_newest_first_one_page_at_a_time() {
        String email = person("paged");
        String leadId = null;
        for (int hour = 3; hour >= 1; hour--) {
            leadId = http().post(
                            "/api/v1/events",
                            event(
                                    email,
                                    "email_opened",
                                    Instant.now()
                                            .minus(hour, ChronoUnit.HOURS)
                                            .truncatedTo(ChronoUnit.SECONDS)
                                            .toString()))
                    .json()
                    .path("leadId")
                    .asString();
        }
        JsonNode first =
                http().get("/api/v1/leads/" + leadId + "/events?page=0&size=2").json();
        JsonNode second =
                http().get("/api/v1/leads/" + leadId + "/events?page=1&size=2").json();

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(second.path("items")).hasSize(1);
        assertThat(first.path("items").get(0).path("occurredAt").asString())
                .isGreaterThan(first.path("items").get(1).path("occurredAt").asString());
        assertThat(http().get("/api/v1/leads/" + UUID.randomUUID() + "/events").status())
                .isEqualTo(404);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_answer_and_stores_one_event() {
        String email = person("retry");
        String key = "form-" + UUID.randomUUID();
        HttpCalls.Answer first = demoRequestFromForms(email, key);
        HttpCalls.Answer retry = demoRequestFromForms(email, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().path("eventId").asString())
                .isEqualTo(first.json().path("eventId").asString());
        assertThat(retry.json().path("leadId").asString())
                .isEqualTo(first.json().path("leadId").asString());
        assertThat(retry.json().path("duplicate").asBoolean()).isTrue();
        assertThat(eventsOf(first.json().path("leadId").asString())).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_for_another_person_is_refused_with_the_field_and_rule_and_stores_nothing() {
        String email = person("key-owner");
        String key = "form-" + UUID.randomUUID();
        HttpCalls.Answer first = demoRequestFromForms(email, key);
        HttpCalls.Answer reused = demoRequestFromForms(person("someone-else"), key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().path("field").asString()).isEqualTo("eventId");
        assertThat(reused.json().path("rule").asString()).isEqualTo("eventId.reused");
        assertThat(reused.json().path("detail").asString()).doesNotContain(email);
        assertThat(eventsOf(first.json().path("leadId").asString())).isEqualTo(1);
    }

    @Test
    void anonymous_visits_become_the_lead_s_events_when_a_contact_upsert_links_the_visitor() {
        String visitor = "visitor-" + UUID.randomUUID();
        HttpCalls.Answer visit = http().post("/api/v1/events", """
                {"type":"pricing_page_visited","occurredAt":"%s","anonymousId":"%s","channel":"website",
                 "properties":{"url":"https://contoso.example/pricing"}}""".formatted(RECENT, visitor));
        assertThat(visit.status()).isEqualTo(202);
        assertThat(visit.json().path("leadId").isNull()).isTrue();

        String email = person("visitor");
        String leadId = http().upsertContact(email, """
                {"firstName":"Vic","anonymousIds":["%s"]}""".formatted(visitor))
                .json()
                .path("leadId")
                .asString();

        JsonNode events = http().get("/api/v1/leads/" + leadId + "/events").json();
        assertThat(events.path("items"))
                .singleElement()
                .satisfies(e -> assertThat(e.path("eventId").asString())
                        .isEqualTo(visit.json().path("eventId").asString()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "select count(*) from outbox_event where event_id = cast(:id as uuid) and published_at is not null")
                                .param("id", visit.json().path("eventId").asString())
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void a_batch_in_ndjson_keeps_the_valid_lines_and_answers_each_one() {
        String email = person("batch");
        String ndjson = event(email, "email_opened", RECENT).replace("\n", "") + "\n"
                + "{\"type\":\"telepathy\",\"occurredAt\":\"" + RECENT + "\",\"email\":\"" + email
                + "\",\"channel\":\"email\"}\n"
                + "not json at all\n"
                + event(email, "email_clicked", RECENT).replace("\n", "") + "\n";
        HttpCalls.Answer answer = http().send("POST", "/api/v1/events/batch", ndjson, "application/x-ndjson");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.json().path("rejected").asInt()).isEqualTo(2);
        assertThat(answer.json()
                        .path("results")
                        .get(1)
                        .path("error")
                        .path("rule")
                        .asString())
                .isEqualTo("type.unknown");
        assertThat(answer.json()
                        .path("results")
                        .get(2)
                        .path("error")
                        .path("rule")
                        .asString())
                .isEqualTo("json.malformed");
        assertThat(eventsOf(answer.json().path("results").get(0).path("leadId").asString()))
                .isEqualTo(2);
    }

    @Test
    void an_admin_registers_a_custom_type_which_events_may_then_use() {
        String body = "{\"name\":\"Podcast Listened\",\"description\":\"an episode of our podcast\"}";
        assertThat(http().post(
                                "/api/v1/event-types",
                                body,
                                "X-LeadFlow-User",
                                "admin@leadflow.io",
                                "X-LeadFlow-Roles",
                                "admin")
                        .status())
                .as("identity headers without the gateway's token")
                .isEqualTo(401);
        assertThat(http().post(
                                "/api/v1/event-types",
                                body,
                                GatewayTokens.HEADER,
                                GatewayTokens.of("m@leadflow.io", "marketing"))
                        .status())
                .isEqualTo(403);
        assertThat(http().post(
                                "/api/v1/event-types",
                                body,
                                GatewayTokens.HEADER,
                                GatewayTokens.of("admin@leadflow.io", "admin"))
                        .status())
                .isEqualTo(201);

        HttpCalls.Answer accepted = http().post("/api/v1/events", event(person("pod"), "podcast_listened", RECENT));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(http().get("/api/v1/event-types").body()).contains("podcast_listened");
        JsonNode events = http().get(
                        "/api/v1/leads/" + accepted.json().path("leadId").asString() + "/events")
                .json();
        assertThat(events.path("items").get(0).path("customType").asString()).isEqualTo("podcast_listened");
    }

    @Test
    void a_csv_import_runs_in_the_background_and_reports_bad_rows_by_line() {
        String csv = """
                email,firstName,company.employees,consent.email
                %s,Ines,120,true
                not-an-email,Bad,10,true
                %s,Omar,lots,false
                %s,Lea,15,false
                """.formatted(person("ines"), person("omar"), person("lea"));
        HttpCalls.Answer started = http().send("POST", "/api/v1/imports?kind=contacts", csv, "text/csv");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("totalRows").asInt()).isEqualTo(4);
        String location = started.response().headers().firstValue("Location").orElseThrow();

        JsonNode done = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> http().get(location).json(),
                        job -> job.path("status").asString().equals("done"));
        assertThat(done.path("doneRows").asInt()).isEqualTo(4);
        assertThat(done.path("failedRows").asInt()).isEqualTo(2);
        assertThat(done.path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(done.path("errors").get(0).path("rule").asString()).isEqualTo("email.format");
        assertThat(done.path("errors").get(1).path("line").asInt()).isEqualTo(4);
        assertThat(done.path("errors").get(1).path("field").asString()).isEqualTo("company.employees");
        assertThat(http().contact(person("lea")).json().path("firstName").asString())
                .isEqualTo("Lea");
    }

    @Test
    void accepted_and_rejected_events_and_the_outbox_backlog_are_exposed_as_metrics() {
        http().post("/api/v1/events", event(person("metrics"), "email_opened", RECENT));
        http().post("/api/v1/events", event("not-an-email", "email_opened", RECENT));
        String prometheus = http().get("/actuator/prometheus").body();
        assertThat(prometheus)
                .contains(
                        "leadflow_events_accepted_total{application=\"ingestion-service\"," + "source_api=\"native\"}");
        assertThat(prometheus)
                .contains(
                        "leadflow_events_rejected_total{application=\"ingestion-service\"," + "rule=\"email.format\"}");
        assertThat(prometheus).contains("leadflow_outbox_backlog");
    }

    @Test
    void the_service_describes_its_api_in_an_openapi_document() {
        HttpCalls.Answer docs = http().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames())
                .contains(
                        "/api/v1/events",
                        "/api/v1/events/batch",
                        "/api/v1/contacts",
                        "/api/v1/contacts/search",
                        "/api/v1/contacts/{leadId}",
                        "/api/v1/leads/{leadId}/events",
                        "/api/v1/imports",
                        "/api/v1/event-types",
                        "/v1/track",
                        "/v1/batch");
    }

    static String event(String email, String type, String at) {
        return """
                {"type":"%s","occurredAt":"%s","email":"%s","channel":"email","source":"newsletter",
                 "campaign":"q4","properties":{"subject":"Hello"}}""".formatted(type, at, email);
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String person(String name) {
        return name + "." + run + "@contoso-it.com";
    }

    /** A demo request from the web forms' source, under the given Idempotency-Key. */
    private HttpCalls.Answer demoRequestFromForms(String email, String idempotencyKey) {
        return http().post(
                        "/api/v1/events",
                        event(email, "demo_requested", RECENT),
                        "Idempotency-Key",
                        idempotencyKey,
                        GatewayTokens.HEADER,
                        GatewayTokens.of("apikey:forms", "source"));
    }
}
