package io.leadflow.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Waits until the suite has finished what it was given: no outbox row waits for the broker, no message waits in a
 * consumer's queue, and the number of events the services acted on has stopped growing for a quiet period longer
 * than the consumers' retry budget (a message in back-off is neither ready nor processed).
 */
public final class Drain {

    private Drain() {}

    private static volatile String lastSeen = "";

    /** What the last look saw: outbox backlog, ready messages, processed events. */
    public static String lastSeen() {
        return lastSeen;
    }

    /** True when drained within {@code timeout}; false when it was still busy then. */
    public static boolean await(SuiteDatabases databases, SuiteBroker broker, Duration quiet, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        long[] last = null;
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            long[] now = {
                databases == null ? 0 : databases.outboxBacklog(),
                broker.readyMessages(),
                databases == null ? 0 : databases.processedEvents()
            };
            lastSeen = "outbox backlog " + now[0] + ", ready messages " + now[1] + ", processed events " + now[2];
            boolean idle = now[0] == 0 && now[1] == 0;
            if (!idle || last == null || !Arrays.equals(now, last)) {
                stableSince = Instant.now();
            } else if (Duration.between(stableSince, Instant.now()).compareTo(quiet) >= 0) {
                return true;
            }
            last = now;
            sleep(Duration.ofMillis(500));
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining", e);
        }
    }
}
