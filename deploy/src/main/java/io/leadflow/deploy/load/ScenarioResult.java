package io.leadflow.deploy.load;

import java.util.List;

/**
 * The checker's verdict on one scenario: what was sent and what the client learned, then what went wrong in the
 * suite's final state. {@link #clean()} is the aim: nothing lost, nothing unexpected, nothing counted twice, every
 * qualified lead with exactly one hand-off, every poison message dead-lettered and nothing else in a DLQ.
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
        String idSource,
        List<String> notes) {

    public ScenarioResult {
        notes = List.copyOf(notes);
    }

    public boolean clean() {
        return lost == 0 && unexpected == 0 && doubleCounted == 0 && scoreMismatches == 0 && handoffViolations == 0
                && deadLetters == 0 && poisonDeadLettered == poisonSent;
    }

    public ScenarioResult named(String name) {
        return new ScenarioResult(name, leads, requests, attempts, accepted, refused, unknown, lost, unexpected,
                doubleCounted, scoreMismatches, qualified, handoffViolations, deadLetters, poisonSent,
                poisonDeadLettered, idSource, notes);
    }
}
