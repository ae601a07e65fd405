package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Accounts through the whole suite on real infrastructure: two people of one company reach the rep who owns its
 * account, and the account qualifies as a whole once its roll-up crosses the account MQL threshold (75 here; each
 * person scores 70 with a demo request, the second engaged person adds 10),
 * which reaches the owner's webhook with the people behind it. Every call goes through the gateway as the person who
 * would make it, signed in at the local identity provider.
 */
class AccountJourneysIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String DOMAIN = "accounts.example";
    private static final String ADMIN = "admin@" + DOMAIN;
    private static final String MARKETING = "marketing@" + DOMAIN;
    private static final String MANAGER = "manager@" + DOMAIN;
    private static final String RILEY = "riley@" + DOMAIN;
    private static final String OWEN = "owen@" + DOMAIN;
    private static final String COMPANY = "northwind-trading.com";
    private static final String HOSTILE_NAME = "Northwind <script>alert(1)</script> & \"Trading\"";
    private static final int THRESHOLD = 75;

    private static WebhookReceiver webhook;
    private static LocalStack stack;
    private static SuiteClient gateway;

    @BeforeAll
    static void startTheSuite() throws Exception {
        webhook = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(22080)
                .withDataDir(home.resolve("deploy/target/account-journeys"))
                .withFreshDatabases("leadflow_accounts" + suffix + "_");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ADMIN, LocalSignIn.ADMIN);
        roles.put(MARKETING, LocalSignIn.MARKETING);
        roles.put(MANAGER, LocalSignIn.SALES_MANAGER);
        roles.put(RILEY, LocalSignIn.SALES_REP);
        roles.put(OWEN, LocalSignIn.SALES_REP);
        Map<String, String> services = new LinkedHashMap<>();
        String vhost = System.getenv("LEADFLOW_RABBIT_VHOST");
        if (vhost != null && !vhost.isBlank()) {
            services.put("LEADFLOW_RABBIT_VHOST", vhost);
        }
        stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(roles),
                services,
                Map.of(
                        SuiteService.SCORING.module(),
                        Map.of(
                                "LEADFLOW_ACCOUNTS_ROLLUP_MQLTHRESHOLD",
                                Integer.toString(THRESHOLD),
                                // a person counts as engaged from 20 points: a profile alone (10 for the size) is not
                                "LEADFLOW_ACCOUNTS_ROLLUP_ENGAGEDMINSCORE",
                                "20")));
        gateway = SuiteClient.of(stack.gatewayUrl());
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

    private static SuiteClient as(String email) {
        return LocalSignIn.as(
                gateway, stack.identityUrl(), email, stack.people().passwords().get(email));
    }

    @Test
    void two_people_of_one_account_reach_its_owner_and_the_account_qualifies_to_the_owners_webhook_with_them() {
        SuiteClient admin = as(ADMIN);
        SuiteClient marketing = as(MARKETING);
        ConsolePeople people = stack.people();
        JourneyTeam team =
                JourneyTeam.create(gateway, admin, webhook, MANAGER, people.person(RILEY), people.person(OWEN));
        // Owen, the account's owner, is back at work; Riley would get every lead by the team's rule and round-robin
        SuiteClient.Answer back = admin.put(
                "/api/v1/reps/" + team.secondRepId + "/availability", SuiteClient.json(Map.of("available", true)));
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        SuiteClient.Answer created = marketing.post(
                "/api/v1/accounts",
                SuiteClient.json(Map.of(
                        "domain",
                        "https://www." + COMPANY,
                        "name",
                        HOSTILE_NAME,
                        "size",
                        1200,
                        "country",
                        "DE",
                        "targetAccount",
                        true,
                        "tier",
                        1,
                        "ownerRepId",
                        team.secondRepId)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String accountId = created.body().path("id").asString();

        String jane = contact(team, "jane@" + COMPANY, "Jane", "CTO");
        String joe = contact(team, "joe@" + COMPANY, "Joe", "Data Analyst");
        for (String lead : List.of(jane, joe)) {
            JsonNode scored = await().atMost(PATIENCE)
                    .until(
                            () -> marketing.get("/api/v1/leads/" + lead).body(),
                            body -> body != null
                                    && body.path("accountId").asString("").equals(accountId));
            assertThat(scored.path("accountName").asString()).isEqualTo(HOSTILE_NAME);
        }

        team.qualify("jane@" + COMPANY);
        JsonNode janes = handoffOf(admin, jane);
        JsonNode view = marketing.get("/api/v1/accounts/" + accountId + "/view").body();
        assertThat(view.path("score").asInt())
                .as("one keen person alone stays below the account threshold")
                .isLessThan(THRESHOLD);
        team.qualify("joe@" + COMPANY);
        JsonNode joes = handoffOf(admin, joe);

        for (JsonNode handoff : List.of(janes, joes)) {
            assertThat(handoff.path("rep").path("id").asString()).isEqualTo(team.secondRepId);
            assertThat(handoff.path("assignedBy").asString()).isEqualTo("account-owner");
        }

        WebhookReceiver.Received told = await().atMost(PATIENCE)
                .until(
                        () -> webhook.received().stream()
                                .filter(r -> SuiteClient.parse(r.body())
                                        .path("type")
                                        .asString("")
                                        .equals("account.handoff.assigned"))
                                .findFirst()
                                .orElse(null),
                        r -> r != null);
        assertThat(told.header("webhook-signature")).startsWith("v1,");
        JsonNode body = SuiteClient.parse(told.body());
        assertThat(body.path("account").path("id").asString()).isEqualTo(accountId);
        assertThat(body.path("account").path("name").asString()).isEqualTo(HOSTILE_NAME);
        // the hostile name travels as a JSON string (quotes escaped), data for the receiver to escape where it shows it
        assertThat(told.body()).contains("\\\"Trading\\\"");
        assertThat(body.path("account").path("tier").asInt()).isEqualTo(1);
        assertThat(body.path("rep").path("id").asString()).isEqualTo(team.secondRepId);
        assertThat(body.path("assignedBy").asString()).isEqualTo("account-owner");
        assertThat(body.path("score").asInt()).isGreaterThanOrEqualTo(THRESHOLD);
        List<String> behind = new ArrayList<>();
        body.path("people").forEach(person -> behind.add(person.path("email").asString()));
        assertThat(behind).containsExactlyInAnyOrder("jane@" + COMPANY, "joe@" + COMPANY);
        JsonNode janeBehind = person(body, "jane@" + COMPANY);
        assertThat(janeBehind.path("jobTitle").asString()).isEqualTo("CTO");
        assertThat(janeBehind.path("personas").toString()).contains("decision-maker");
        assertThat(janeBehind.path("stage").asString()).isIn("MQL", "SAL");

        JsonNode qualification =
                marketing.get("/api/v1/accounts/" + accountId + "/view").body().path("qualification");
        assertThat(qualification.path("qualified").asBoolean()).isTrue();
        assertThat(qualification.path("qualifications").asInt()).isEqualTo(1);
        assertThat(qualification.path("qualifiedScore").asInt()).isGreaterThanOrEqualTo(THRESHOLD);

        SuiteClient.Answer owens = as(OWEN).get("/api/v1/handoffs/accounts?accountId=" + accountId);
        assertThat(owens.status()).as(owens.text()).isEqualTo(200);
        assertThat(owens.body()).hasSize(1);
        assertThat(owens.body().get(0).path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(owens.body().get(0).path("people")).hasSize(2);
        SuiteClient.Answer rileys = as(RILEY).get("/api/v1/handoffs/accounts?accountId=" + accountId);
        assertThat(rileys.status()).as(rileys.text()).isEqualTo(200);
        assertThat(rileys.body()).isEmpty();
    }

    /** A contact of the company with a title and its size, as a CRM sync would send it; returns the lead id. */
    private static String contact(JourneyTeam team, String email, String firstName, String jobTitle) {
        SuiteClient.Answer put = team.source()
                .upsertContact(
                        email,
                        SuiteClient.json(Map.of(
                                "firstName",
                                firstName,
                                "jobTitle",
                                jobTitle,
                                "company",
                                Map.of("name", "Northwind", "employees", 1200))));
        assertThat(put.status()).as(put.text()).isIn(200, 201);
        return put.body().path("leadId").asString();
    }

    private static JsonNode handoffOf(SuiteClient admin, String leadId) {
        return await().atMost(PATIENCE)
                .until(
                        () -> {
                            JsonNode list = admin.get("/api/v1/handoffs?leadId=" + leadId)
                                    .body();
                            return list != null && list.isArray() && !list.isEmpty() ? list.get(0) : null;
                        },
                        handoff -> handoff != null);
    }

    private static JsonNode person(JsonNode body, String email) {
        for (JsonNode person : body.path("people")) {
            if (person.path("email").asString().equals(email)) {
                return person;
            }
        }
        throw new AssertionError("no " + email + " among " + body.path("people"));
    }
}
