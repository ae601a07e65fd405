package io.leadflow.support.resilience;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The retry policy of every consumer (the binder's retry template): a message whose handling failed because a
 * dependency is unavailable waits for it, backing off, up to {@link ResilienceProperties#outageLimit()}; a poison
 * message is not retried; an unexpected failure gets a few attempts. When the policy gives up the binder republishes
 * the message to its dead-letter queue.
 *
 * <p>The template asks {@link #shouldRetry} about a failure and then, on the same thread, the back-off for the delay
 * before the next attempt; the kind of the failure just judged travels between the two in a thread-local.
 */
public class MessageRetryPolicy implements RetryPolicy {

    private final ResilienceProperties properties;
    private final ThreadLocal<FailureKind> lastKind = new ThreadLocal<>();

    public MessageRetryPolicy(ResilienceProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean shouldRetry(Throwable failure) {
        FailureKind kind = FailureKind.of(failure);
        lastKind.set(kind);
        return kind != FailureKind.POISON;
    }

    @Override
    public BackOff getBackOff() {
        return () -> new Execution(System.nanoTime());
    }

    private final class Execution implements BackOffExecution {

        private final long startedNanos;
        private int unexpectedFailures;
        private long outageDelay;

        private Execution(long startedNanos) {
            this.startedNanos = startedNanos;
        }

        @Override
        public long nextBackOff() {
            FailureKind kind = lastKind.get();
            lastKind.remove();
            if (kind == FailureKind.TRANSIENT) {
                unexpectedFailures = 0;
                if (Duration.ofNanos(System.nanoTime() - startedNanos).compareTo(properties.outageLimit()) >= 0) {
                    return STOP;
                }
                outageDelay = outageDelay == 0
                        ? properties.outageInitialBackoff().toMillis()
                        : Math.min(
                                outageDelay * 2, properties.outageMaxBackoff().toMillis());
                return outageDelay;
            }
            outageDelay = 0;
            unexpectedFailures++;
            return unexpectedFailures >= properties.unexpectedAttempts()
                    ? STOP
                    : properties.unexpectedBackoff().toMillis();
        }
    }
}
