package io.leadflow.load;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends planned requests through the gateway at a steady rate (a Bucket4j token bucket, one token per HTTP attempt),
 * each on a virtual thread with at most {@code maxInFlight} at once, and records every attempt in the history. Every
 * engagement carries its client event id in the body and as {@code Idempotency-Key}.
 *
 * <p>A {@link ClientMode#RETRYING} client is the worst honest client: it sends every request a second time after
 * the first answer (same id), and retries any unknown outcome until it gets a definite one. The suite must still
 * keep each event exactly once.
 */
public final class LoadGenerator {

    /** How the client behaves when it does not get an answer. */
    public enum ClientMode {
        /** One attempt per request: an unknown outcome stays unknown. */
        ONCE,
        /** Every request sent twice, unknown outcomes retried (same id) up to {@code maxAttempts}. */
        RETRYING
    }

    /**
     * @param ratePerSecond HTTP attempts per second, retries included
     * @param maxInFlight requests waiting for an answer at most
     * @param mode once or retrying
     * @param maxAttempts attempts per request at most in retrying mode
     * @param requestTimeout how long one attempt waits for its answer before it counts as unknown
     */
    public record Settings(
            long ratePerSecond, int maxInFlight, ClientMode mode, int maxAttempts, Duration requestTimeout) {

        public Settings {
            if (ratePerSecond < 1 || maxInFlight < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("rate, in-flight and attempts must be positive");
            }
        }

        /**
         * At most {@value #IN_FLIGHT} requests in flight: the gateway admits 25 concurrent calls per route (its
         * circuit breaker's default bulkhead) and answers the rest 503 at once, which would turn a slow machine's
         * queueing into unknown outcomes that hide what the faults do.
         */
        public static Settings at(long ratePerSecond) {
            return new Settings(ratePerSecond, IN_FLIGHT, ClientMode.ONCE, 1, Duration.ofSeconds(10));
        }

        static final int IN_FLIGHT = 20;

        public Settings retrying() {
            return new Settings(
                    ratePerSecond, maxInFlight, ClientMode.RETRYING, Math.max(maxAttempts, 40), requestTimeout);
        }
    }

    private final SuiteClient client;
    private final History history;
    private final Settings settings;
    private final Clock clock;
    private final Bucket bucket;
    private final AtomicLong started = new AtomicLong();

    public LoadGenerator(SuiteClient client, History history, Settings settings, Clock clock) {
        this.client = client.withTimeout(settings.requestTimeout());
        this.history = history;
        this.settings = settings;
        this.clock = clock;
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(Math.max(1, settings.ratePerSecond() / 20))
                        .refillGreedy(settings.ratePerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }

    /** Requests whose first attempt has started; a fault can wait for a share of them. */
    public long started() {
        return started.get();
    }

    /** Sends every request and returns when each has its last answer. */
    public void run(List<PlannedRequest> requests) throws InterruptedException {
        Semaphore inFlight = new Semaphore(settings.maxInFlight());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (PlannedRequest request : requests) {
                inFlight.acquire();
                bucket.asBlocking().consume(1);
                started.incrementAndGet();
                threads.submit(() -> {
                    try {
                        send(request);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            threads.shutdown();
            if (!threads.awaitTermination(10, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        }
    }

    private void send(PlannedRequest request) {
        Attempt first = attempt(request, 1);
        if (settings.mode() == ClientMode.ONCE) {
            return;
        }
        Attempt last = first;
        int attempt = 1;
        while (last.outcome() == Outcome.UNKNOWN || last.status() == 429) {
            if (attempt >= settings.maxAttempts()) {
                return;
            }
            pause(Duration.ofMillis(Math.min(2_000, 250L * attempt)));
            consumeToken();
            last = attempt(request, ++attempt);
        }
        // the retrying client's trademark: the same request once more, although it already has its answer
        consumeToken();
        attempt(request, attempt + 1);
    }

    private Attempt attempt(PlannedRequest request, int number) {
        Instant sent = clock.instant();
        Attempt attempt;
        try {
            SuiteClient.Answer answer = request.kind().equals(Attempt.PROFILE)
                    ? client.upsertContact(request.email(), request.body())
                    : client.post("/api/v1/events", request.body(), Map.of("Idempotency-Key", request.requestId()));
            Outcome outcome = Outcome.of(answer.status());
            String leadId = answer.body() == null
                    ? null
                    : text(answer.body().path("leadId").asString(""));
            String detail = outcome == Outcome.ACCEPTED || answer.body() == null
                    ? null
                    : text(answer.body().path("type").asString(""));
            attempt = new Attempt(
                    request.requestId(),
                    request.kind(),
                    request.email(),
                    request.type(),
                    number,
                    sent,
                    clock.instant(),
                    outcome,
                    answer.status(),
                    leadId,
                    detail);
        } catch (SuiteUnreachableException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            attempt = new Attempt(
                    request.requestId(),
                    request.kind(),
                    request.email(),
                    request.type(),
                    number,
                    sent,
                    clock.instant(),
                    Outcome.UNKNOWN,
                    0,
                    null,
                    cause.getClass().getSimpleName());
        }
        history.record(attempt);
        return attempt;
    }

    private void consumeToken() {
        try {
            bucket.asBlocking().consume(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
