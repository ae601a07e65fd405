package io.leadflow.support.resilience;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;

/**
 * Tells {@link DependencyOutages} when a consumer thread starts waiting for a dependency (a transient failure) and
 * when it stops (the message went through, or was given up).
 */
class ConsumerOutageListener implements RetryListener {

    static final String WORKER = "consumers";

    private final DependencyOutages outages;

    ConsumerOutageListener(DependencyOutages outages) {
        this.outages = outages;
    }

    /** Called after every attempt but the first successful one; a success still lists the failures before it. */
    @Override
    public void onRetryableExecution(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
        if (state.isSuccessful()) {
            outages.recovered(WORKER);
            return;
        }
        Throwable last = state.getLastException();
        if (last != null && FailureKind.of(last) == FailureKind.TRANSIENT) {
            outages.failing(WORKER, last);
        }
    }

    @Override
    public void onRetrySuccess(RetryPolicy policy, Retryable<?> retryable, Object result) {
        outages.recovered(WORKER);
    }

    @Override
    public void onRetryPolicyExhaustion(RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
        outages.recovered(WORKER);
    }

    @Override
    public void onRetryPolicyInterruption(RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
        outages.recovered(WORKER);
    }

    @Override
    public void onRetryPolicyTimeout(RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
        outages.recovered(WORKER);
    }
}
