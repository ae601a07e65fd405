package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales as a new installation's admin first sets it up, through the API and without a single routing rule: one team
 * working around the clock (every day 00:00-23:59, UTC) with a Slack channel, one available rep in it whose own
 * webhook hears of each assignment (signed with the secret its registration answered), and twelve working hours to
 * accept any lead.
 */
record SalesFloor(String teamId, String repId, String repWebhookSecret) {

    static final String REP_NAME = "Riley Chen";
    static final Duration ACCEPT_WITHIN = Duration.ofHours(12);

    static SalesFloor aroundTheClock(SuiteClient admin, String slackUrl, String repWebhookUrl) {
        Map<String, String> everyDay = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            everyDay.put(day, "00:00-23:59");
        }
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("name", "Around the clock");
        team.put("manager", "morgan.lead@leadflow-demo.example");
        team.put("timeZone", "UTC");
        team.put("workingHours", everyDay);
        team.put("holidays", List.of());
        team.put("slackWebhookUrl", slackUrl);
        String teamId = created(admin.post("/api/v1/teams", SuiteClient.json(team)));
        SuiteClient.Answer registered = admin.post(
                "/api/v1/reps",
                SuiteClient.json(Map.of(
                        "name",
                        REP_NAME,
                        "email",
                        LeadJourney.REP_EMAIL,
                        "webhookUrl",
                        repWebhookUrl,
                        "available",
                        true)));
        String repId = created(registered);
        String repWebhookSecret = registered.body().path("webhookSecret").asString();
        assertThat(repWebhookSecret)
                .as("the registration shows the rep's webhook secret once")
                .startsWith("whsec_");
        ok(admin.put("/api/v1/reps/" + repId, SuiteClient.json(Map.of("teamId", teamId, "capacity", 200))));
        for (String priority : List.of("HOT", "NORMAL")) {
            ok(admin.put(
                    "/api/v1/sla-policies/" + priority,
                    SuiteClient.json(Map.of(
                            "acceptWithin",
                            ACCEPT_WITHIN.toString(),
                            "decideWithin",
                            "PT48H",
                            "remindAtPercent",
                            List.of(),
                            "reassignOnBreach",
                            false))));
        }
        SuiteClient.Answer rules = admin.get("/api/v1/routing-rules");
        assertThat(rules.status()).as(rules.text()).isEqualTo(200);
        assertThat(rules.body()).as("a new installation routes without rules").isEmpty();
        return new SalesFloor(teamId, repId, repWebhookSecret);
    }

    private static String created(SuiteClient.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body().path("id").asString();
    }

    private static void ok(SuiteClient.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }
}
