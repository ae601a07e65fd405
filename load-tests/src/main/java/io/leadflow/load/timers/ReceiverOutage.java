package io.leadflow.load.timers;

import io.leadflow.deploy.demo.NotificationInbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The reps' webhook receiver (the proof's inbox, a real HTTP server) taken down and brought back on the same port:
 * while it is down every delivery meets a refused connection, as a receiver whose host is gone. The hand-off
 * service's retry schedule decides when each delivery is tried again; {@link #lastRetryAfter} says by when the last
 * one is due once the receiver is back.
 */
final class ReceiverOutage implements AutoCloseable {

    /** The hand-off service's own schedule ({@code leadflow.webhooks.retry-delays}): the delay after the n-th failure. */
    static final List<Duration> HANDOFF_RETRY_DELAYS = List.of(
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6));

    private final int port;
    private final TimerLedger ledger;
    private NotificationInbox inbox;
    private boolean down;
    private Instant downAt;
    private Instant upAt;

    ReceiverOutage(NotificationInbox inbox, int port, TimerLedger ledger) {
        this.inbox = inbox;
        this.port = port;
        this.ledger = ledger;
    }

    /**
     * For a delivery whose first attempt failed when the receiver went down: how long after that its first attempt
     * on a receiver that is back can come at the latest, on a schedule whose last delay repeats. A receiver down
     * for 3 minutes is reached by the 5th attempt (5 s + 30 s + 2 min + 10 min after the first), one down for an
     * hour by the 6th (1 h 12 min 35 s).
     */
    static Duration lastRetryAfter(List<Duration> delays, Duration down) {
        Duration sum = Duration.ZERO;
        for (int failed = 1; ; failed++) {
            sum = sum.plus(delays.get(Math.min(failed, delays.size()) - 1));
            if (sum.compareTo(down) >= 0) {
                return sum;
            }
        }
    }

    /** Stops the receiver: connections to its port are refused until {@link #restore()}. */
    synchronized void takeDown() {
        inbox.close();
        down = true;
        downAt = Instant.now();
    }

    /**
     * Starts the receiver again on the same port, handing what arrives to the same ledger; tries for a minute while
     * the port is not free yet.
     */
    synchronized void restore() throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (true) {
            try {
                inbox = NotificationInbox.start(port, Clock.systemUTC(), ledger);
                upAt = Instant.now();
                down = false;
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new UncheckedIOException("the receiver did not come back on port " + port, e);
                }
                Thread.sleep(500);
            }
        }
    }

    /** Takes the receiver down now and brings it back after {@code down}, on a thread of its own. */
    Thread downFor(Duration down) {
        takeDown();
        return Thread.ofPlatform().name("receiver-outage").daemon().start(() -> {
            try {
                Thread.sleep(down);
                restore();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    synchronized String describe() {
        return "receiver down from " + downAt + " to " + upAt + " ("
                + (downAt == null || upAt == null
                        ? "?"
                        : Duration.between(downAt, upAt).toSeconds()) + " s)";
    }

    @Override
    public synchronized void close() {
        if (!down) {
            inbox.close();
        }
    }
}
