package io.leadflow.handoff.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-off's SLA clock: its priority, its generation (a reassignment starts a new clock; timers of an older
 * generation are ignored when they fire) and the deadlines, counted in the team's business calendar.
 */
public record SlaClock(Priority priority, int generation, Instant startedAt, Instant acceptDueAt, Instant decideDueAt) {

    public SlaClock {
        if (priority == null || startedAt == null) {
            throw new IllegalArgumentException("an SLA clock has a priority and a start");
        }
    }

    /** A clock started at {@code now} for accepting. */
    public static SlaClock toAccept(SlaPolicy policy, WorkingTime calendar, Instant now, int generation) {
        return new SlaClock(policy.priority(), generation, now, calendar.plus(now, policy.acceptWithin()), null);
    }

    /** The clock after the accept at {@code now}: the decide deadline starts. */
    public SlaClock toDecide(SlaPolicy policy, WorkingTime calendar, Instant now, int newGeneration) {
        return new SlaClock(priority, newGeneration, now, acceptDueAt, calendar.plus(now, policy.decideWithin()));
    }

    public Instant dueAt(String deadline) {
        return SlaDeadline.ACCEPT.equals(deadline) ? acceptDueAt : decideDueAt;
    }

    /**
     * Whether the rep has been reminded of {@code deadline} by {@code now}: a reminder point of the policy (a share of
     * the window, counted in business time from this clock's start) has passed. The timers fire at these points.
     */
    public boolean remindedBy(String deadline, SlaPolicy policy, WorkingTime calendar, Instant now) {
        if (dueAt(deadline) == null) {
            return false;
        }
        for (int percent : policy.remindAtPercent()) {
            Instant at = calendar.plus(
                    startedAt, policy.window(deadline).multipliedBy(percent).dividedBy(100));
            if (!now.isBefore(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code deadline} has passed by {@code now} (its breach timer fires at that instant). */
    public boolean breachedBy(String deadline, Instant now) {
        Instant due = dueAt(deadline);
        return due != null && !now.isBefore(due);
    }

    /** The timers of the running deadline: reminders at the policy's percentages of the window, then the breach. */
    public List<SlaTimer> timers(HandoffId handoff, String deadline, SlaPolicy policy, WorkingTime calendar) {
        List<SlaTimer> timers = new ArrayList<>();
        for (int percent : policy.remindAtPercent()) {
            Instant at = calendar.plus(
                    startedAt, policy.window(deadline).multipliedBy(percent).dividedBy(100));
            timers.add(new SlaTimer(handoff, SlaTimer.Kind.REMINDER, deadline, generation, percent, at));
        }
        timers.add(new SlaTimer(handoff, SlaTimer.Kind.BREACH, deadline, generation, 100, dueAt(deadline)));
        return timers;
    }
}
