package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The sales team the console journeys work with, set up through the API as an admin would: one team managed by the
 * manager, working every day around the clock (UTC), with the rep who gets every new lead and a second rep who is away
 * (so routing never gives them one) until a manager takes them back to reassign to them. Also the event source that
 * makes leads qualify, and the rep's webhook that tells which hand-off a lead became.
 */
final class JourneyTeam {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ASSIGNED = "lead.handoff.assigned";

    private final SuiteClient gateway;
    private final SuiteClient admin;
    private final SuiteClient source;
    private final WebhookReceiver webhook;
    final String teamId;
    final String repId;
    final String secondRepId;

    private JourneyTeam(
            SuiteClient gateway,
            SuiteClient admin,
            WebhookReceiver webhook,
            String teamId,
            String repId,
            String secondRepId) {
        this.gateway = gateway;
        this.admin = admin;
        this.source = LocalSignIn.source(admin, "console journeys");
        this.webhook = webhook;
        this.teamId = teamId;
        this.repId = repId;
        this.secondRepId = secondRepId;
    }

    static JourneyTeam create(
            SuiteClient gateway,
            SuiteClient admin,
            WebhookReceiver webhook,
            String manager,
            ConsolePeople.Person rep,
            ConsolePeople.Person secondRep) {
        Map<String, String> everyDay = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            everyDay.put(day, "00:00-23:59");
        }
        String teamId = created(admin.post(
                "/api/v1/teams",
                SuiteClient.json(Map.of(
                        "name",
                        "Journeys inside sales",
                        "manager",
                        manager,
                        "timeZone",
                        "UTC",
                        "workingHours",
                        everyDay,
                        "holidays",
                        List.of()))));
        String repId = rep(admin, teamId, "Riley Chen", rep.email(), webhook.url(), true);
        String secondRepId = rep(admin, teamId, "Sam Second", secondRep.email(), webhook.url(), false);
        // routed to the team, a hand-off runs its SLA on the team's calendar
        created(admin.post(
                "/api/v1/routing-rules",
                SuiteClient.json(Map.of("position", 1, "name", "Every lead to the journeys team", "teamId", teamId))));
        return new JourneyTeam(gateway, admin, webhook, teamId, repId, secondRepId);
    }

    private static String rep(
            SuiteClient admin, String teamId, String name, String email, String hook, boolean available) {
        String id = created(admin.post(
                "/api/v1/reps",
                SuiteClient.json(Map.of("name", name, "email", email, "webhookUrl", hook, "available", available))));
        SuiteClient.Answer joined = admin.put(
                "/api/v1/reps/" + id,
                SuiteClient.json(Map.of("teamId", teamId, "capacity", 200, "weight", 1, "timeZone", "UTC")));
        assertThat(joined.status()).as(joined.text()).isEqualTo(200);
        return id;
    }

    SuiteClient source() {
        return source;
    }

    SuiteClient gateway() {
        return gateway;
    }

    static String newContact(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@northwind-logistics.com";
    }

    /** A visit two days ago and a demo request an hour ago: the lead qualifies and is handed to the available rep. */
    String qualify(String email) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SuiteClient.Answer visit = source.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "website_visited", "website", now.minus(Duration.ofDays(2))));
        assertThat(visit.status()).as(visit.text()).isEqualTo(202);
        SuiteClient.Answer demo = source.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "demo_requested", "contact_form", now.minus(Duration.ofHours(1))));
        assertThat(demo.status()).as(demo.text()).isEqualTo(202);
        return demo.body().path("leadId").asString();
    }

    /**
     * Waits until scoring shows this profile attribute of the lead as given: profiles and engagements travel on
     * separate queues, so a journey that wants the profile in the qualification's "why" waits for it first.
     */
    void awaitProfile(String leadId, String attribute, String value) {
        await().atMost(PATIENCE)
                .until(
                        () -> admin.get("/api/v1/leads/" + leadId),
                        lead -> lead.status() == 200
                                && lead.body()
                                        .path("profile")
                                        .path(attribute)
                                        .asString("")
                                        .equals(value));
    }

    /** The rep's webhook telling of the lead's assignment: {@code handoffId}, {@code links.open} and the rest. */
    JsonNode assignment(String leadId) {
        return await().atMost(PATIENCE)
                .until(
                        () -> webhook.received().stream()
                                .map(received -> SuiteClient.parse(received.body()))
                                .filter(body -> body.path("type").asString().equals(ASSIGNED)
                                        && body.path("leadId").asString().equals(leadId))
                                .findFirst()
                                .orElse(null),
                        body -> body != null);
    }

    /** Posts the team's hand-offs to this Slack incoming webhook from now on (the team otherwise unchanged). */
    void slackTo(String url) {
        SuiteClient.Answer team = admin.get("/api/v1/teams/" + teamId);
        assertThat(team.status()).as(team.text()).isEqualTo(200);
        Map<String, Object> changed = new LinkedHashMap<>();
        for (String field : List.of("name", "manager", "timeZone", "workingHours", "holidays")) {
            changed.put(field, team.body().path(field));
        }
        changed.put("slackWebhookUrl", url);
        SuiteClient.Answer set = admin.put("/api/v1/teams/" + teamId, SuiteClient.json(changed));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
    }

    /** A rep's own API client, signed in at the identity provider: to decide hand-offs a journey only looks at. */
    SuiteClient asRep(String identityUrl, ConsolePeople.Person rep) {
        return LocalSignIn.as(gateway, identityUrl, rep.email(), rep.password());
    }

    /** The SLA policies as they are, to put back after a journey made them short. */
    JsonNode slaPolicies() {
        SuiteClient.Answer policies = admin.get("/api/v1/sla-policies");
        assertThat(policies.status()).as(policies.text()).isEqualTo(200);
        return policies.body();
    }

    /** Every priority must be accepted within {@code acceptWithin} (ISO-8601) of business time, no reassignment. */
    void acceptWithin(String acceptWithin) {
        for (String priority : List.of("HOT", "NORMAL")) {
            setSla(priority, acceptWithin, "PT8H", List.of(), false);
        }
    }

    void restore(JsonNode policies) {
        for (JsonNode policy : policies) {
            List<Integer> remind = new java.util.ArrayList<>();
            policy.path("remindAtPercent").forEach(percent -> remind.add(percent.asInt()));
            setSla(
                    policy.path("priority").asString().toUpperCase(java.util.Locale.ROOT),
                    policy.path("acceptWithin").asString(),
                    policy.path("decideWithin").asString(),
                    remind,
                    policy.path("reassignOnBreach").asBoolean());
        }
    }

    private void setSla(
            String priority, String acceptWithin, String decideWithin, List<Integer> remind, boolean reassign) {
        SuiteClient.Answer set = admin.put(
                "/api/v1/sla-policies/" + priority,
                SuiteClient.json(Map.of(
                        "acceptWithin", acceptWithin,
                        "decideWithin", decideWithin,
                        "remindAtPercent", remind,
                        "reassignOnBreach", reassign)));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
    }

    void available(String rep, boolean available) {
        SuiteClient.Answer set =
                admin.put("/api/v1/reps/" + rep + "/availability", SuiteClient.json(Map.of("available", available)));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
    }

    /** What the API answers a source sending an event with this key. */
    int statusWithKey(String key) {
        return gateway.withApiKey(key)
                .post(
                        "/api/v1/events",
                        LeadJourney.engagement(
                                newContact("keyed"),
                                "website_visited",
                                "website",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .status();
    }

    private static String created(SuiteClient.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body().path("id").asString();
    }
}
