package io.leadflow.load.timers;

import io.leadflow.deploy.demo.NotificationInbox;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the proof sets up through the public API, as an admin and marketing would: a sales team working around the
 * clock ("00:00-23:59" every day: "24:00" is refused) whose reps' webhooks point at the proof's inbox, a routing rule
 * that gives it every lead, one SLA policy for both priorities (a reminder at {@link #REMIND_AT_PERCENT} percent of a
 * short accept window, the breach at its end, no reassignment, so each hand-off left alone has exactly two timers),
 * and a nurture track for the reason the reps give, with short step delays.
 */
final class TimerTeam {

    static final int REMIND_AT_PERCENT = 50;
    static final String REASON = "timing";
    static final String TRACK = "timer-proof";
    static final String MANAGER = "manager@timer-proof.example";
    private static final int REPS = 4;
    private static final int CAPACITY = 10_000;
    private static final String ALL_DAY = "00:00-23:59";

    /** The team's reps, each with the gateway as that rep, by rep id. */
    private final Map<String, SuiteClient> reps;

    private TimerTeam(Map<String, SuiteClient> reps) {
        this.reps = reps;
    }

    static final String ADMIN = "admin@timer-proof.example";
    static final String MARKETING = "marketing@timer-proof.example";

    /** Who signs in during the proof, e-mail to role: an admin, marketing and every rep. */
    static Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        people.put(ADMIN, LocalSignIn.ADMIN);
        people.put(MARKETING, LocalSignIn.MARKETING);
        for (int i = 1; i <= REPS; i++) {
            people.put(repEmail(i), LocalSignIn.SALES_REP);
        }
        return people;
    }

    private static String repEmail(int i) {
        return "rep" + i + "@timer-proof.example";
    }

    /** Sets the team up; {@code signIn} gives the gateway as the person with that e-mail. */
    static TimerTeam seed(
            Function<String, SuiteClient> signIn,
            SuiteClient admin,
            SuiteClient marketing,
            NotificationInbox inbox,
            Duration acceptWithin,
            int steps,
            Duration firstStepDelay,
            Duration stepDelay) {
        Map<String, String> everyDay = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            everyDay.put(day, ALL_DAY);
        }
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("name", "Timer proof");
        team.put("manager", MANAGER);
        team.put("timeZone", "UTC");
        team.put("workingHours", everyDay);
        team.put("holidays", List.of());
        String teamId = created(admin.post("/api/v1/teams", SuiteClient.json(team)), "team");
        Map<String, SuiteClient> reps = new LinkedHashMap<>();
        for (int i = 1; i <= REPS; i++) {
            String email = repEmail(i);
            String repId = created(
                    admin.post(
                            "/api/v1/reps",
                            SuiteClient.json(Map.of(
                                    "name",
                                    "Rep " + i,
                                    "email",
                                    email,
                                    "webhookUrl",
                                    inbox.url("rep-" + i),
                                    "available",
                                    true))),
                    "rep " + i);
            ok(
                    admin.put(
                            "/api/v1/reps/" + repId,
                            SuiteClient.json(
                                    Map.of("teamId", teamId, "capacity", CAPACITY, "weight", 1, "timeZone", "UTC"))),
                    "team of rep " + i);
            reps.put(repId, signIn.apply(email));
        }
        created(
                admin.post(
                        "/api/v1/routing-rules",
                        SuiteClient.json(Map.of(
                                "position", 1, "name", "Every lead to the timer proof's team", "teamId", teamId))),
                "routing rule");
        for (String priority : List.of("HOT", "NORMAL")) {
            ok(
                    admin.put(
                            "/api/v1/sla-policies/" + priority,
                            SuiteClient.json(Map.of(
                                    "acceptWithin",
                                    acceptWithin.toString(),
                                    "decideWithin",
                                    "PT8H",
                                    "remindAtPercent",
                                    List.of(REMIND_AT_PERCENT),
                                    "reassignOnBreach",
                                    false))),
                    "SLA policy " + priority);
        }
        List<Map<String, Object>> trackSteps = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            trackSteps.add(Map.of(
                    "name",
                    "Step " + i,
                    "content",
                    "Timer proof step " + i,
                    "delay",
                    (i == 1 ? firstStepDelay : stepDelay).toString()));
        }
        ok(
                marketing.post(
                        "/api/v1/nurture/tracks",
                        SuiteClient.json(Map.of(
                                "key",
                                TRACK,
                                "name",
                                "Timer proof",
                                "cadence",
                                "short delays (timer proof)",
                                "reasons",
                                List.of(Map.of("reason", REASON, "priority", 500)),
                                "steps",
                                trackSteps,
                                "exit",
                                Map.of(
                                        "onRequalified",
                                        true,
                                        "onUnsubscribed",
                                        true,
                                        "onCompleted",
                                        true,
                                        "maxDuration",
                                        "P30D")))),
                "nurture track");
        return new TimerTeam(Map.copyOf(reps));
    }

    /** The gateway as the rep with this id. */
    SuiteClient rep(String repId) {
        SuiteClient rep = reps.get(repId);
        if (rep == null) {
            throw new IllegalStateException("a hand-off went to rep " + repId + ", who is not in the proof's team");
        }
        return rep;
    }

    private static String created(SuiteClient.Answer answer, String what) {
        ok(answer, what);
        return answer.body().path("id").asString();
    }

    private static void ok(SuiteClient.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(
                    "timer proof: could not set up the " + what + " (" + answer.status() + "): " + answer.text());
        }
    }
}
