package io.leadflow.load.timers;

import io.leadflow.load.timers.TimerLedger.Assigned;
import io.leadflow.load.timers.TimerLedger.Effect;
import io.leadflow.load.timers.TimerLedger.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which timer effects the proof's leads must show, decided from what the proof did, not from what the suite says: a
 * lead left alone, a reminder and a breach; a lead rejected into the track, each of its steps and no reminder or
 * breach, unless the rejection came after one was due (then that one may have happened, once). And when the last
 * of them is due.
 */
record Expectations(Set<Effect> expected, Set<Effect> allowed, Instant lastDue, int lateRejections) {

    private static final Duration ENROLMENT_LAG = Duration.ofSeconds(5);

    /** {@code sent}: when the leads were in; a hand-off never announced is taken as assigned then. */
    static Expectations of(
            Collection<String> leads,
            Set<String> rejected,
            SalesReps reps,
            TimerProofOptions options,
            Instant sent,
            HeldAtKill.Enrolment enrolment) {
        Set<Effect> expected = new HashSet<>();
        Set<Effect> allowed = new HashSet<>();
        Instant lastDue = sent;
        int late = 0;
        Duration track = options.firstStepDelay().plus(options.stepDelay().multipliedBy(options.steps() - 1));
        for (String lead : leads) {
            Optional<Assigned> announced = reps.announcement(lead);
            Instant acceptDue = announced
                    .map(Assigned::acceptDueAt)
                    .filter(d -> d != null)
                    .orElse(sent.plus(options.acceptWithin()));
            Optional<Instant> rejection = rejected.contains(lead) ? reps.rejection(lead) : Optional.empty();
            if (rejection.isEmpty()) {
                expected.add(new Effect(Kind.REMINDER, lead, 0));
                expected.add(new Effect(Kind.BREACH, lead, 0));
                lastDue = later(lastDue, acceptDue);
                continue;
            }
            for (int position = 1; position <= options.steps(); position++) {
                expected.add(new Effect(Kind.NURTURE_STEP, lead, position));
            }
            lastDue = later(lastDue, rejection.get().plus(track).plus(ENROLMENT_LAG));
            Instant assignedAt = announced.map(Assigned::assignedAt).orElse(null);
            if (assignedAt != null) {
                Instant reminderDue = assignedAt.plus(Duration.between(assignedAt, acceptDue)
                        .multipliedBy(TimerTeam.REMIND_AT_PERCENT)
                        .dividedBy(100));
                if (!rejection.get().isBefore(reminderDue)) {
                    allowed.add(new Effect(Kind.REMINDER, lead, 0));
                    late++;
                }
                if (!rejection.get().isBefore(acceptDue)) {
                    allowed.add(new Effect(Kind.BREACH, lead, 0));
                }
            }
        }
        if (enrolment.lastDue() != null) {
            lastDue = later(lastDue, enrolment.lastDue());
        }
        if (enrolment.leads() >= 0 && enrolment.leads() < reps.rejected()) {
            // rejected leads nurturing has not enrolled yet: their steps are due a whole track from now at least
            lastDue = later(lastDue, Instant.now().plus(track));
        }
        return new Expectations(Set.copyOf(expected), Set.copyOf(allowed), lastDue, late);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
