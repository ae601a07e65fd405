package io.leadflow.support.resilience;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The rounds of one scheduled worker (the outbox relay, a webhook or notification sender) through an outage: a round
 * that fails because a dependency is unavailable ({@link FailureKind#TRANSIENT}) makes the worker wait before the
 * next, doubling the wait from {@code leadflow.resilience.outage-initial-backoff} up to {@code outage-max-backoff}, and
 * reports it stalled ({@link DependencyOutages}: readiness down, the {@code leadflow.worker.stalled} gauge, one warning
 * instead of an error per round) until a round works again. A failure of any other kind is the round's own and is
 * thrown as before. Rounds of one worker must not overlap (a fixed-delay schedule or a lock), as the state is the
 * worker's; they may run on a different thread each time (scheduled tasks on virtual threads), so the worker reports as
 * itself, not per thread.
 */
public final class OutageBackoff {

    private final String worker;
    private final DependencyOutages outages;
    private final ResilienceProperties resilience;
    private final LongSupplier nanoTime;
    private boolean stalled;
    private long waitMillis;
    private long resumeAtNanos;

    public OutageBackoff(String worker, DependencyOutages outages, ResilienceProperties resilience) {
        this(worker, outages, resilience, System::nanoTime);
    }

    OutageBackoff(String worker, DependencyOutages outages, ResilienceProperties resilience, LongSupplier nanoTime) {
        this.worker = worker;
        this.outages = outages;
        this.resilience = resilience;
        this.nanoTime = nanoTime;
    }

    /** Runs {@code round} unless the worker is waiting out an outage; says whether it ran and worked. */
    public synchronized boolean run(Runnable round) {
        if (stalled && nanoTime.getAsLong() - resumeAtNanos < 0) {
            return false;
        }
        try {
            round.run();
        } catch (RuntimeException e) {
            if (FailureKind.of(e) != FailureKind.TRANSIENT) {
                throw e;
            }
            waitMillis = !stalled
                    ? resilience.outageInitialBackoff().toMillis()
                    : Math.min(waitMillis * 2, resilience.outageMaxBackoff().toMillis());
            stalled = true;
            resumeAtNanos = nanoTime.getAsLong() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            outages.failing(worker, this, e);
            return false;
        }
        if (stalled) {
            stalled = false;
            waitMillis = 0;
            outages.recovered(worker, this);
        }
        return true;
    }

    /** Whether the worker is waiting for an unavailable dependency. */
    public synchronized boolean stalled() {
        return stalled;
    }
}
