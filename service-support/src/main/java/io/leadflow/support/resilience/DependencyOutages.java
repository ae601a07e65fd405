package io.leadflow.support.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;

/**
 * Which of a service's workers (its consumers, its outbox relay, its webhook deliveries) cannot work because a
 * dependency is unavailable, and since when. While any worker waits, the service reports itself not ready (readiness
 * {@code REFUSING_TRAFFIC}: Kubernetes takes it out of its Service, and {@code /actuator/health/readiness} says DOWN);
 * once every worker works again it is ready again. The gauge {@code leadflow.worker.stalled} (1 while a worker waits,
 * per worker) and the counter {@code leadflow.worker.transient.failures} tell the operator (alert LeadFlowWorkerStalled).
 *
 * <p>A worker may run on several threads (a consumer's concurrency): each thread reports for itself, and the worker is
 * stalled while any of them is.
 */
public class DependencyOutages implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyOutages.class);

    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Map<Object, Instant>> stalled = new ConcurrentHashMap<>();
    private boolean refusing;

    public DependencyOutages(ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    /** The current thread of {@code worker} failed for want of a dependency and will try again. */
    public void failing(String worker, Throwable failure) {
        failing(worker, Thread.currentThread().threadId(), failure);
    }

    /**
     * {@code part} of {@code worker} failed for want of a dependency and will try again: for a worker whose rounds run
     * on a new thread each time (a scheduled task on virtual threads), which reports as itself rather than per thread.
     */
    public void failing(String worker, Object part, Throwable failure) {
        Map<Object, Instant> threads = threadsOf(worker);
        Counter.builder("leadflow.worker.transient.failures")
                .description("attempts that failed because a dependency was unavailable (retried)")
                .tag("worker", worker)
                .register(meters)
                .increment();
        if (threads.putIfAbsent(part, clock.instant()) == null) {
            LOG.warn("{} waits for an unavailable dependency: {}", worker, rootMessage(failure));
        }
        updateReadiness();
    }

    /** The current thread of {@code worker} works again (or gave its work up). */
    public void recovered(String worker) {
        recovered(worker, Thread.currentThread().threadId());
    }

    /** {@code part} of {@code worker} works again. */
    public void recovered(String worker, Object part) {
        Map<Object, Instant> threads = stalled.get(worker);
        if (threads != null && threads.remove(part) != null) {
            LOG.info("{} works again", worker);
            updateReadiness();
        }
    }

    /** Since when {@code worker} has been waiting, if it is. */
    public Optional<Instant> stalledSince(String worker) {
        return Optional.ofNullable(stalled.get(worker))
                .flatMap(threads -> threads.values().stream().min(Instant::compareTo));
    }

    /** The workers waiting now. */
    public Set<String> stalledWorkers() {
        return stalled.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private Map<Object, Instant> threadsOf(String worker) {
        return stalled.computeIfAbsent(worker, name -> {
            Map<Object, Instant> threads = new ConcurrentHashMap<>();
            Gauge.builder("leadflow.worker.stalled", threads, map -> map.isEmpty() ? 0 : 1)
                    .description("1 while the worker waits for an unavailable dependency")
                    .tag("worker", name)
                    .register(meters);
            return threads;
        });
    }

    /**
     * Someone else declared the service ready (Spring Boot does once it has started, which may be while a worker
     * already waits): while a worker waits, that is not so, and it is said again.
     */
    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getSource() != this && event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            synchronized (this) {
                refusing = false;
            }
            updateReadiness();
        }
    }

    private synchronized void updateReadiness() {
        boolean anyStalled = !stalledWorkers().isEmpty();
        if (anyStalled != refusing) {
            refusing = anyStalled;
            AvailabilityChangeEvent.publish(
                    events, this, anyStalled ? ReadinessState.REFUSING_TRAFFIC : ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
