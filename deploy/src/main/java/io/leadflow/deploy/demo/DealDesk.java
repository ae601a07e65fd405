package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.HubSpotWebhook;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticDeals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What becomes of the demo's qualified leads: each SQL's deal opens at once and closes a sales cycle later, won or
 * lost as {@link SyntheticDeals} drew it from the hidden propensity. The rep records most outcomes through the
 * hand-off's outcome API; the others arrive as HubSpot's signed deal-stage webhooks, as a CRM would send them. The
 * cycle runs on a compressed clock ({@code day} of real time per simulated day), so deals close in the order their
 * cycles end and the latest outcomes form a real hold-out.
 */
final class DealDesk {

    /** A deal whose outcome LeadFlow accepted: the lead's true propensity, the outcome, and when it was answered. */
    record Closed(String email, double propensity, boolean won, Instant at) {}

    /** A qualified lead whose deal is open, and when it closes. */
    private record Open(
            String handoffId, String email, SyntheticDeals.Deal deal, SuiteClient rep, long dealId, Instant closes) {}

    private final Function<String, Optional<Map.Entry<String, SyntheticDeals.Deal>>> dealOfLead;
    private final HubSpotWebhook hubSpot;
    private final Clock clock;
    private final Duration day;
    private final Queue<Open> open = new ConcurrentLinkedQueue<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Queue<Closed> closed = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong(7_000_000);
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger won = new AtomicInteger();
    final AtomicInteger lost = new AtomicInteger();
    final AtomicInteger throughCrm = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    /** {@code dealOfLead} gives a lead's e-mail and deal by lead id (empty for a lead the demo did not make). */
    DealDesk(
            Function<String, Optional<Map.Entry<String, SyntheticDeals.Deal>>> dealOfLead,
            HubSpotWebhook hubSpot,
            Clock clock,
            Duration day) {
        this.dealOfLead = dealOfLead;
        this.hubSpot = hubSpot;
        this.clock = clock;
        this.day = day;
    }

    /** The rep qualified this lead's hand-off: its deal opens now. */
    void qualified(String handoffId, String leadId, SuiteClient rep) {
        if (!seen.add(handoffId)) {
            return;
        }
        dealOfLead.apply(leadId).ifPresent(found -> {
            SyntheticDeals.Deal deal = found.getValue();
            long dealId = sequence.incrementAndGet();
            boolean recorded = deal.route() == SyntheticDeals.Route.HUBSPOT
                    ? hubSpot.stageChanged(
                                    dealId,
                                    sequence.incrementAndGet(),
                                    found.getKey(),
                                    "presentationscheduled",
                                    deal.amount())
                            .ok()
                    : rep.post(
                                    "/api/v1/handoffs/" + handoffId + "/outcome",
                                    SuiteClient.json(
                                            Map.of("outcome", "opened", "amount", deal.amount(), "currency", "EUR")))
                            .ok();
            count(recorded, opened);
            Instant closes = clock.instant().plus(day.multipliedBy(deal.cycle().toDays()));
            open.add(new Open(handoffId, found.getKey(), deal, rep, dealId, closes));
        });
    }

    /** Closes the deals whose cycle ended, in the order they end. */
    void work() {
        Instant now = clock.instant();
        List<Open> due = new ArrayList<>();
        for (Open deal : open) {
            if (!deal.closes().isAfter(now)) {
                due.add(deal);
            }
        }
        due.sort((a, b) -> a.closes().compareTo(b.closes()));
        for (Open deal : due) {
            open.remove(deal);
            close(deal);
        }
    }

    /** The deals closed so far, in the order LeadFlow accepted their outcomes. */
    List<Closed> closed() {
        return List.copyOf(closed);
    }

    /** Deals opened and not closed yet. */
    int stillOpen() {
        return open.size();
    }

    private void close(Open open) {
        SyntheticDeals.Deal deal = open.deal();
        boolean recorded;
        if (deal.route() == SyntheticDeals.Route.HUBSPOT) {
            recorded = hubSpot.stageChanged(
                            open.dealId(),
                            sequence.incrementAndGet(),
                            open.email(),
                            deal.won() ? "closedwon" : "closedlost",
                            deal.amount())
                    .ok();
            if (recorded) {
                throughCrm.incrementAndGet();
            }
        } else {
            Map<String, Object> outcome = deal.won()
                    ? Map.of("outcome", "won", "amount", deal.amount(), "currency", "EUR")
                    : Map.of(
                            "outcome",
                            "lost",
                            "lostReason",
                            deal.lostReason(),
                            "note",
                            "Demo: lost on " + deal.lostReason());
            recorded = open.rep()
                    .post("/api/v1/handoffs/" + open.handoffId() + "/outcome", SuiteClient.json(outcome))
                    .ok();
        }
        count(recorded, deal.won() ? won : lost);
        if (recorded) {
            closed.add(new Closed(open.email(), deal.propensity(), deal.won(), clock.instant()));
        }
    }

    private void count(boolean recorded, AtomicInteger counter) {
        (recorded ? counter : refused).incrementAndGet();
    }
}
