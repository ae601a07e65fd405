package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The demo's reps, played by the launcher: each looks at its own open hand-offs, as a rep would in the inbox, and
 * decides the way real reps do: many accept (and qualify with BANT a little later), some reject with a reason, and
 * some let the lead sit, so the SLA clock reminds, breaches and passes it to a colleague, who then takes it. The
 * choice depends only on the hand-off's id, so a run is easy to follow and to repeat. What becomes of a qualified
 * lead's deal is the {@link DealDesk}'s.
 */
final class SalesFloor {

    private static final List<String> REASONS = List.of("timing", "no_budget", "not_decision_maker");
    private static final Duration THINKING = Duration.ofSeconds(30);

    private final List<DemoOrganisation.Rep> reps;
    private final DealDesk deals;
    private final Clock clock;
    private final Map<String, Instant> acceptedAt = new ConcurrentHashMap<>();
    private final Map<String, String> firstRep = new ConcurrentHashMap<>();
    private final Set<String> rejectedLeads = ConcurrentHashMap.newKeySet();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger qualified = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();

    /** {@code deals} hears of every lead the reps qualify. */
    SalesFloor(List<DemoOrganisation.Rep> reps, DealDesk deals, Clock clock) {
        this.reps = reps;
        this.deals = deals;
        this.clock = clock;
    }

    /** One look at every rep's inbox. */
    void work() {
        for (DemoOrganisation.Rep rep : reps) {
            SuiteClient.Answer inbox = rep.client().get("/api/v1/handoffs?assignee=me&status=open");
            if (!inbox.ok() || inbox.body() == null) {
                continue;
            }
            for (JsonNode handoff : items(inbox.body())) {
                decide(rep, handoff);
            }
        }
    }

    /** The leads the reps turned down so far, for marketing to win back. */
    Set<String> rejectedLeads() {
        return Set.copyOf(rejectedLeads);
    }

    private void decide(DemoOrganisation.Rep rep, JsonNode handoff) {
        String id = handoff.path("id").asString();
        String status = handoff.path("status").asString();
        int choice = Math.floorMod(id.hashCode(), 20);
        if (status.equalsIgnoreCase("ACCEPTED")) {
            Instant since = acceptedAt.computeIfAbsent(id, ignored -> clock.instant());
            if (Duration.between(since, clock.instant()).compareTo(THINKING) >= 0
                    && rep.client()
                            .post(
                                    "/api/v1/handoffs/" + id + "/qualify",
                                    SuiteClient.json(Map.of(
                                            "budget",
                                            "approved for Q1",
                                            "authority",
                                            "signs off up to 50k",
                                            "need",
                                            "response times to inbound leads",
                                            "timeline",
                                            "decision this quarter",
                                            "amount",
                                            24_000 + 1_000 * choice,
                                            "currency",
                                            "EUR")))
                            .ok()) {
                qualified.incrementAndGet();
                deals.qualified(id, handoff.path("leadId").asString(), rep.client());
            }
            return;
        }
        if (choice >= 15 && firstSeenBy(id, rep)) {
            return; // too busy: the SLA clock reminds, breaches and hands it to a colleague, who takes it
        }
        if (choice >= 8 && choice < 15) {
            String reason = REASONS.get(choice % REASONS.size());
            if (rep.client()
                    .post(
                            "/api/v1/handoffs/" + id + "/reject",
                            SuiteClient.json(Map.of(
                                    "reason",
                                    reason,
                                    "note",
                                    "Demo: " + reason.replace('_', ' ') + ", try again later")))
                    .ok()) {
                rejected.incrementAndGet();
                rejectedLeads.add(handoff.path("leadId").asString());
            }
            return;
        }
        if (rep.client().post("/api/v1/handoffs/" + id + "/accept", "{}").ok()) {
            accepted.incrementAndGet();
            acceptedAt.put(id, clock.instant());
        }
    }

    /** Whether this rep is the one who first left the hand-off alone (a colleague who got it next takes it). */
    private boolean firstSeenBy(String id, DemoOrganisation.Rep rep) {
        return firstRep.computeIfAbsent(id, ignored -> rep.id()).equals(rep.id());
    }

    private static Iterable<JsonNode> items(JsonNode body) {
        return body.isArray() ? body : body.path("items");
    }
}
