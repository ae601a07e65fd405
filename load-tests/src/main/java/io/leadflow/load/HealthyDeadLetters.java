package io.leadflow.load;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The check that no healthy message was dead-lettered: of everything in the run's DLQs after a scenario, only the
 * poison messages the harness sent itself may be there. A message with no event id cannot be poison the harness sent,
 * so it counts as healthy.
 */
final class HealthyDeadLetters {

    private static final int MAX_NOTES = 5;

    private HealthyDeadLetters() {}

    /** Dead letters that are not in {@code poisonIds}; the first few are noted. */
    static int count(Collection<DeadLetter> letters, Set<String> poisonIds, List<String> notes) {
        int healthy = 0;
        for (DeadLetter letter : letters) {
            if (letter.eventId() != null && poisonIds.contains(letter.eventId())) {
                continue;
            }
            healthy++;
            if (healthy <= MAX_NOTES) {
                notes.add("healthy message in " + letter.queue() + ": " + letter.eventType() + " " + letter.eventId()
                        + " (" + letter.reason() + ")");
            }
        }
        return healthy;
    }
}
