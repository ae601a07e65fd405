package io.leadflow.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The checker's verdict on one scenario: what was sent and what the client learned, then what went wrong in the
 * suite's final state. {@link #clean()} is the aim: nothing lost, nothing unexpected, nothing counted twice, every
 * qualified lead with exactly one hand-off, every poison message dead-lettered and nothing else in a DLQ (neither
 * among this scenario's dead letters nor, {@link #healthyInDlq()}, anywhere in the run's DLQs afterwards).
 *
 * @param requests distinct engagement requests (ids) sent
 * @param attempts HTTP attempts, retries and deliberate repeats included
 * @param lost accepted events not stored by ingestion or not behind the score
 * @param unexpected stored or scored events that were never sent, or were refused
 * @param doubleCounted events counted more often than sent (from the explanation's counts per type)
 * @param scoreMismatches leads whose score differs from the model applied to the events the suite holds
 * @param handoffViolations qualified leads without exactly one hand-off
 * @param deadLetters messages in a DLQ that are not this scenario's poison
 * @param poisonSent poison messages published
 * @param poisonDeadLettered poison messages found in a DLQ
 * @param healthyInDlq after the run, messages in any DLQ of the run (every {@code *.dlq} queue of its virtual host and
 *     the services' {@code dead_letter} tables) that are not poison the harness sent: healthy messages dead-lettered
 * @param lifecycle profiles and nurturing: what was checked and what was wrong
 * @param idSource where event ids were read: api, database, or none (then only counts per type are compared)
 * @param notes the first few findings, to start looking
 */
public record ScenarioResult(
        String scenario,
        int leads,
        int requests,
        int attempts,
        int accepted,
        int refused,
        int unknown,
        int lost,
        int unexpected,
        int doubleCounted,
        int scoreMismatches,
        int qualified,
        int handoffViolations,
        int deadLetters,
        int poisonSent,
        int poisonDeadLettered,
        int healthyInDlq,
        Lifecycle lifecycle,
        String idSource,
        List<String> notes) {

    /**
     * Beyond engagements ({@link LifecycleChecker}).
     *
     * @param profiles profiles the suite accepted
     * @param profileViolations accepted profiles that ingestion does not show as sent, or scoring does not count
     * @param rejected leads whose hand-off a rep rejected
     * @param recycled rejected leads that asked for a demo again (accepted), to be recycled
     * @param nurtureViolations rejected leads not enrolled exactly once or not in the expected state; other leads
     *     enrolled
     */
    public record Lifecycle(int profiles, int profileViolations, int rejected, int recycled, int nurtureViolations) {

        public static final Lifecycle NONE = new Lifecycle(0, 0, 0, 0, 0);
    }

    public ScenarioResult {
        notes = List.copyOf(notes);
        lifecycle = lifecycle == null ? Lifecycle.NONE : lifecycle;
    }

    /** The same result with these notes instead. */
    public ScenarioResult withNotes(List<String> newNotes) {
        return copy(scenario, healthyInDlq, lifecycle, newNotes);
    }

    public boolean clean() {
        return lost == 0
                && unexpected == 0
                && doubleCounted == 0
                && scoreMismatches == 0
                && handoffViolations == 0
                && deadLetters == 0
                && poisonDeadLettered == poisonSent
                && healthyInDlq == 0
                && lifecycle.profileViolations() == 0
                && lifecycle.nurtureViolations() == 0;
    }

    /** The same verdict with the lifecycle checks' counts and notes added. */
    public ScenarioResult with(Lifecycle checked, List<String> moreNotes) {
        return copy(scenario, healthyInDlq, checked, concat(notes, moreNotes));
    }

    public ScenarioResult named(String name) {
        return copy(name, healthyInDlq, lifecycle, notes);
    }

    /** The same verdict with the count of healthy messages left in a DLQ after the run. */
    public ScenarioResult withHealthyInDlq(int count, List<String> moreNotes) {
        return copy(scenario, count, lifecycle, concat(notes, moreNotes));
    }

    /** This verdict's counts under {@code name}, with the fields that the checks after the first one fill. */
    private ScenarioResult copy(String name, int healthy, Lifecycle checked, List<String> allNotes) {
        return new ScenarioResult(
                name,
                leads,
                requests,
                attempts,
                accepted,
                refused,
                unknown,
                lost,
                unexpected,
                doubleCounted,
                scoreMismatches,
                qualified,
                handoffViolations,
                deadLetters,
                poisonSent,
                poisonDeadLettered,
                healthy,
                checked,
                idSource,
                allNotes);
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }
}
