package io.leadflow.load;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The sales side of a scenario, once its engagements have drained: a rep turns down about a third of the hand-offs
 * (reason "timing"), and once nurturing has enrolled those leads, half of them ask for a demo again, which nurturing
 * must recycle and hand-off must give to sales a second time. Which leads, and the demo requests' ids, come from the
 * seed. The demo requests go through the load generator, so they are in the history like any engagement.
 */
final class SalesDesk {

    private static final Duration ENROLMENT_PATIENCE = Duration.ofSeconds(60);
    static final String REASON = "timing";

    /**
     * What the desk did with one lead.
     *
     * @param handoffId the hand-off it turned down
     * @param rejected whether the rejection was answered 2xx
     * @param reEngaged whether the lead then asked for a demo again (sent; its outcome is in the history)
     * @param reEngagementId the demo request's event id, or null
     */
    record Decision(
            String email,
            String leadId,
            String handoffId,
            boolean rejected,
            boolean reEngaged,
            String reEngagementId) {}

    /** The rep every hand-off of the load goes to (the only one), and who decides. */
    static final String REP = "load-rep@leadflow.example";

    private final SuiteClient rep;
    private final long seed;
    private final List<String> notes;

    SalesDesk(SuiteClient rep, long seed, List<String> notes) {
        this.rep = rep;
        this.seed = seed;
        this.notes = notes;
    }

    /**
     * Registers the desk's rep through {@code admin}, available and with room for every hand-off of a long run, before
     * any lead qualifies (a hand-off without a rep stays UNASSIGNED and nobody can decide it). Returns a note.
     */
    static String hireRep(SuiteClient admin) {
        SuiteClient.Answer created = admin.post(
                "/api/v1/reps", SuiteClient.json(Map.of("name", "Load Rep", "email", REP, "available", true)));
        if (created.status() != 201 || created.body() == null) {
            return "sales: no rep (" + created.status() + " " + created.text() + "); hand-offs stay unassigned";
        }
        String id = created.body().path("id").asString();
        SuiteClient.Answer roomy = admin.put("/api/v1/reps/" + id, SuiteClient.json(Map.of("capacity", 10_000)));
        return "sales: rep " + REP + " (" + id + ")" + (roomy.ok() ? "" : ", capacity unchanged: " + roomy.status());
    }

    /** Turns down the chosen hand-offs among these leads (lead id by e-mail) and sends the re-engagements. */
    Map<String, Decision> work(Map<String, String> leadIds, LoadGenerator generator) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5A1E5L);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        int refused = 0;
        for (Map.Entry<String, String> lead : new TreeMap<>(leadIds).entrySet()) {
            // a third of the leads, and at least one, so that every run exercises rejection and nurturing
            boolean chosen = random.nextInt(3) == 0 || decisions.isEmpty();
            boolean again = random.nextBoolean();
            String handoffId = chosen ? onlyHandoff(lead.getValue()) : null;
            if (handoffId == null) {
                continue;
            }
            SuiteClient.Answer answer = decide(handoffId);
            boolean rejected = answer != null && answer.ok();
            if (!rejected) {
                refused++;
                if (refused <= 3) {
                    notes.add("sales: rejecting hand-off " + handoffId + " answered "
                            + (answer == null ? "nothing" : answer.status() + " " + answer.text()));
                }
            }
            decisions.put(
                    lead.getKey(),
                    new Decision(
                            lead.getKey(),
                            lead.getValue(),
                            handoffId,
                            rejected,
                            rejected && again,
                            rejected && again ? new UUID(random.nextLong(), random.nextLong()).toString() : null));
        }
        List<PlannedRequest> demos = new ArrayList<>();
        Instant deadline = Instant.now().plus(ENROLMENT_PATIENCE);
        for (Decision decision : decisions.values()) {
            if (!decision.reEngaged()) {
                continue;
            }
            // a buying signal recycles only an enrolled lead: wait until nurturing has it
            while (!enrolled(decision.leadId()) && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            demos.add(demo(decision));
        }
        long rejected = decisions.values().stream().filter(Decision::rejected).count();
        notes.add("sales: rejected " + rejected + " hand-offs (" + refused + " refused), " + demos.size()
                + " of those leads asked for a demo again");
        generator.run(demos);
        return decisions;
    }

    private String onlyHandoff(String leadId) {
        try {
            SuiteClient.Answer answer = rep.get("/api/v1/handoffs?leadId=" + leadId);
            return answer.status() == 200
                            && answer.body() != null
                            && answer.body().size() == 1
                    ? answer.body().get(0).path("id").asString(null)
                    : null;
        } catch (SuiteUnreachableException e) {
            return null;
        }
    }

    private SuiteClient.Answer decide(String handoffId) {
        try {
            return rep.post(
                    "/api/v1/handoffs/" + handoffId + "/reject",
                    SuiteClient.json(Map.of("reason", REASON, "note", "load test: budget opens next quarter")));
        } catch (SuiteUnreachableException e) {
            return null;
        }
    }

    private boolean enrolled(String leadId) {
        try {
            SuiteClient.Answer answer = rep.get("/api/v1/nurture/enrollments/" + leadId);
            JsonNode body = answer.body();
            return answer.status() == 200
                    && body != null
                    && "ACTIVE".equals(body.path("status").asString(""));
        } catch (SuiteUnreachableException e) {
            return false;
        }
    }

    private static PlannedRequest demo(Decision decision) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", decision.reEngagementId());
        event.put("type", "demo_requested");
        event.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("email", decision.email());
        event.put("channel", "contact_form");
        event.put("source", "website");
        event.put("campaign", "load-re-engagement");
        event.put("properties", Map.of());
        return new PlannedRequest(
                decision.reEngagementId(), Attempt.EVENT, decision.email(), "demo_requested", SuiteClient.json(event));
    }
}
