package io.leadflow.load.timers;

import io.leadflow.deploy.demo.NotificationInbox;
import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Everything the reps' webhooks and marketing's automation received, as the suite's users would see it: each timer
 * effect (a reminder, a breach, a nurture step) by lead, with every delivery id it came with, when it arrived and when
 * it was due; and the new hand-offs, for the reps to act on.
 */
final class TimerLedger implements Consumer<NotificationInbox.Received> {

    /** What a timer does that a user notices. */
    enum Kind {
        REMINDER,
        BREACH,
        NURTURE_STEP
    }

    /** One timer's effect: its kind, its lead, and for a nurture step its position in the track (else 0). */
    record Effect(Kind kind, String leadId, int position) {}

    /** One notification of an effect: the delivery id it carried ({@code webhook-id}), when it came, when it was due. */
    record Arrival(String deliveryId, Instant received, Instant due) {

        Duration lateness() {
            return Duration.between(due, received);
        }
    }

    /** A new hand-off as its rep's webhook announced it. */
    record Assigned(String handoffId, String leadId, String repId, Instant assignedAt, Instant acceptDueAt) {}

    private final int remindAtPercent;
    private final Map<Effect, List<Arrival>> effects = new ConcurrentHashMap<>();
    private final BlockingQueue<Assigned> assigned = new LinkedBlockingQueue<>();
    private final AtomicInteger distinct = new AtomicInteger();
    private final AtomicInteger unreadable = new AtomicInteger();
    private final Map<String, Map<String, List<String>>> announcements = new ConcurrentHashMap<>();

    TimerLedger(int remindAtPercent) {
        this.remindAtPercent = remindAtPercent;
    }

    @Override
    public void accept(NotificationInbox.Received received) {
        JsonNode body;
        try {
            body = SuiteClient.parse(received.body());
        } catch (RuntimeException notJson) {
            unreadable.incrementAndGet();
            return;
        }
        String leadId = body.path("leadId").asString("");
        switch (body.path("type").asString("")) {
            case "lead.handoff.assigned" -> {
                announcements
                        .computeIfAbsent(leadId, key -> new ConcurrentHashMap<>())
                        .computeIfAbsent(body.path("rep").path("id").asString(""), key -> new CopyOnWriteArrayList<>())
                        .add(received.webhookId());
                assigned.add(new Assigned(
                        body.path("handoffId").asString(),
                        leadId,
                        body.path("rep").path("id").asString(),
                        instant(body, "assignedAt"),
                        instant(body, "acceptDueAt")));
            }
            case "lead.handoff.reminder" -> record(new Effect(Kind.REMINDER, leadId, 0), received, reminderDue(body));
            case "lead.handoff.sla_breached" ->
                record(new Effect(Kind.BREACH, leadId, 0), received, instant(body, "acceptDueAt"));
            case "nurture.step.due" ->
                record(
                        new Effect(
                                Kind.NURTURE_STEP,
                                leadId,
                                body.path("step").path("position").asInt()),
                        received,
                        instant(body, "dueAt"));
            default -> {
                // other notifications are not timers
            }
        }
    }

    /**
     * The reminder's due time: its percentage of the accept window, from the assignment. Exact on a team calendar
     * that works around the clock, as the proof's does, unless the window crosses the minute before midnight that
     * "00:00-23:59" leaves out.
     */
    private Instant reminderDue(JsonNode body) {
        Instant assignedAt = instant(body, "assignedAt");
        Instant due = instant(body, "acceptDueAt");
        if (assignedAt == null || due == null) {
            return null;
        }
        return assignedAt.plus(
                Duration.between(assignedAt, due).multipliedBy(remindAtPercent).dividedBy(100));
    }

    private void record(Effect effect, NotificationInbox.Received received, Instant due) {
        List<Arrival> arrivals = effects.computeIfAbsent(effect, key -> {
            distinct.incrementAndGet();
            return new CopyOnWriteArrayList<>();
        });
        arrivals.add(new Arrival(received.webhookId(), received.at(), due == null ? received.at() : due));
    }

    private static Instant instant(JsonNode body, String field) {
        String text = body.path(field).asString(null);
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }

    /** The next announced hand-off, waiting up to {@code timeout}; null when none came. */
    Assigned nextAssigned(Duration timeout) throws InterruptedException {
        return assigned.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The hand-offs' announcements: by lead and rep, the delivery id ({@code webhook-id}) of every announcement
     * received, once per receipt.
     */
    Map<String, Map<String, List<String>>> announcements() {
        Map<String, Map<String, List<String>>> copy = new HashMap<>();
        announcements.forEach((lead, byRep) -> {
            Map<String, List<String>> reps = new HashMap<>();
            byRep.forEach((rep, ids) -> reps.put(rep, List.copyOf(ids)));
            copy.put(lead, reps);
        });
        return copy;
    }

    /** How many different effects arrived so far. */
    int effectsSeen() {
        return distinct.get();
    }

    /** Every effect and its arrivals, as they are now. */
    Map<Effect, List<Arrival>> snapshot() {
        Map<Effect, List<Arrival>> copy = new HashMap<>();
        effects.forEach((effect, arrivals) -> copy.put(effect, List.copyOf(arrivals)));
        return copy;
    }

    boolean has(Effect effect) {
        return effects.containsKey(effect);
    }

    int unreadable() {
        return unreadable.get();
    }
}
