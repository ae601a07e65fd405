package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.SuiteClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a sales and marketing team would set up on day one, through the public API as an admin and marketing: a sales
 * team that works around the clock (so the demo's clocks run whenever it is started), three reps whose webhooks and
 * the team's Slack point at the demo inbox, a routing rule, SLAs of minutes instead of hours, and a nurture track
 * with steps a minute apart for the usual rejection reasons.
 */
final class DemoOrganisation {

    /** A rep of the demo team and the gateway as that rep. */
    record Rep(String id, String name, String email, SuiteClient client) {}

    static final String MANAGER = "morgan.lee@leadflow-demo.example";
    private static final String[][] REPS = {
        {"Ava Fischer", "ava.fischer"}, {"Omar Haddad", "omar.haddad"}, {"Lena Novak", "lena.novak"}
    };
    private static final String ALL_DAY = "00:00-23:59";
    private static final String DEMO_TRACK = "demo-quick-follow-up";

    private DemoOrganisation() {}

    /** The reps' e-mails, the ones they sign in to the console with. */
    static List<String> repEmails() {
        return Arrays.stream(REPS).map(rep -> rep[1] + "@leadflow-demo.example").toList();
    }

    /** Sets the organisation up; {@code signIn} gives the gateway as the person with that e-mail. */
    static List<Rep> seed(
            SuiteClient admin, SuiteClient marketing, Function<String, SuiteClient> signIn, NotificationInbox inbox) {
        Map<String, String> everyDay = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            everyDay.put(day, ALL_DAY);
        }
        String teamId = created(
                admin.post(
                        "/api/v1/teams",
                        SuiteClient.json(Map.of(
                                "name",
                                "Demo inside sales",
                                "manager",
                                MANAGER,
                                "timeZone",
                                "UTC",
                                "workingHours",
                                everyDay,
                                "holidays",
                                List.of(),
                                "slackWebhookUrl",
                                inbox.url("slack")))),
                "team");
        List<Rep> reps = new ArrayList<>();
        for (String[] rep : REPS) {
            String email = rep[1] + "@leadflow-demo.example"; // as repEmails()
            String repId = created(
                    admin.post(
                            "/api/v1/reps",
                            SuiteClient.json(Map.of(
                                    "name",
                                    rep[0],
                                    "email",
                                    email,
                                    "webhookUrl",
                                    inbox.url("sales-" + rep[1].substring(0, rep[1].indexOf('.'))),
                                    "available",
                                    true))),
                    "rep " + rep[0]);
            ok(
                    admin.put(
                            "/api/v1/reps/" + repId,
                            SuiteClient.json(Map.of(
                                    "teamId",
                                    teamId,
                                    "capacity",
                                    200,
                                    "weight",
                                    1,
                                    "chatHandle",
                                    "@" + rep[1],
                                    "timeZone",
                                    "UTC"))),
                    "team of " + rep[0]);
            reps.add(new Rep(repId, rep[0], email, signIn.apply(email)));
        }
        created(
                admin.post(
                        "/api/v1/routing-rules",
                        SuiteClient.json(
                                Map.of("position", 1, "name", "Every lead to the demo team", "teamId", teamId))),
                "routing rule");
        for (String priority : List.of("HOT", "NORMAL")) {
            ok(
                    admin.put(
                            "/api/v1/sla-policies/" + priority,
                            SuiteClient.json(Map.of(
                                    "acceptWithin",
                                    priority.equals("HOT") ? "PT2M" : "PT3M",
                                    "decideWithin",
                                    "PT10M",
                                    "remindAtPercent",
                                    List.of(50),
                                    "reassignOnBreach",
                                    true))),
                    "SLA " + priority);
        }
        Map<String, Object> track = Map.of(
                "key",
                DEMO_TRACK,
                "name",
                "Demo: quick follow-up",
                "cadence",
                "one step a minute (demo)",
                "reasons",
                List.of(
                        Map.of("reason", "timing", "priority", 100),
                        Map.of("reason", "no_budget", "priority", 100),
                        Map.of("reason", "not_decision_maker", "priority", 100)),
                "steps",
                List.of(
                        Map.of(
                                "name",
                                "Customer story",
                                "content",
                                "Case study: how Northwind cut lead response " + "time to minutes",
                                "delay",
                                "PT1M"),
                        Map.of(
                                "name",
                                "Check-in",
                                "content",
                                "A short note from marketing: anything changed?",
                                "delay",
                                "PT1M")),
                "exit",
                Map.of("onRequalified", true, "onUnsubscribed", true, "onCompleted", true, "maxDuration", "P30D"));
        SuiteClient.Answer created = marketing.post("/api/v1/nurture/tracks", SuiteClient.json(track));
        // a second demo on the same data directory finds the track there: define it again
        ok(
                created.status() == 409
                        ? marketing.put("/api/v1/nurture/tracks/" + DEMO_TRACK, SuiteClient.json(track))
                        : created,
                "nurture track");
        return List.copyOf(reps);
    }

    private static String created(SuiteClient.Answer answer, String what) {
        ok(answer, what);
        return answer.body().path("id").asString();
    }

    private static void ok(SuiteClient.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("demo: could not set up the " + what.toLowerCase(Locale.ROOT) + " ("
                    + answer.status() + "): " + answer.text());
        }
    }
}
