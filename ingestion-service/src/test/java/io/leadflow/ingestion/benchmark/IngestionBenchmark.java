package io.leadflow.ingestion.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness, not a test: posts engagements to a running service (or the gateway) for a fixed time and prints
 * accepted events per second and the p50/p99 latency of a 202. Only the JDK, so it runs from the test classes:
 *
 * <pre>
 * java -cp ingestion-service/target/test-classes io.leadflow.ingestion.benchmark.IngestionBenchmark \
 *     http://localhost:8081 singles 30 16
 * java -cp ingestion-service/target/test-classes io.leadflow.ingestion.benchmark.IngestionBenchmark \
 *     http://localhost:8081 batches 30 4
 * </pre>
 *
 * Arguments: base URL, {@code singles} or {@code batches} (1,000 events each), seconds, concurrent clients. A 10%
 * share of the e-mails repeat, so both new and known leads are exercised; seeds are fixed.
 */
public final class IngestionBenchmark {

    private static final int BATCH = 1000;

    private IngestionBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8081";
        String mode = args.length > 1 ? args[1] : "singles";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        String authorization = System.getenv("LEADFLOW_BENCH_AUTH");
        boolean batches = mode.equals("batches");

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + (batches ? "/api/v1/events/batch" : "/api/v1/events"));
        String at = Instant.now()
                .minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();

        warmUp(http, uri, authorization, batches, at);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong events = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(
                        pool.submit(() -> run(http, uri, authorization, batches, at, client, end, events, failures)));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long latency : result.get()) {
                    latencies.add(latency);
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] sorted =
                    latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "mode=%s clients=%d seconds=%.1f requests=%d failures=%d events=%d "
                            + "events/s=%.0f p50=%.1fms p99=%.1fms%n",
                    mode,
                    clients,
                    elapsed,
                    sorted.length,
                    failures.get(),
                    events.get(),
                    events.get() / elapsed,
                    percentile(sorted, 50) / 1e6,
                    percentile(sorted, 99) / 1e6);
        }
    }

    private static long[] run(
            HttpClient http,
            URI uri,
            String authorization,
            boolean batches,
            String at,
            int client,
            long end,
            AtomicLong events,
            AtomicLong failures)
            throws Exception {
        Random random = new Random(42 + client);
        long[] latencies = new long[1 << 20];
        int n = 0;
        int sequence = 0;
        while (System.nanoTime() < end && n < latencies.length) {
            String body = batches ? batch(random, client, sequence, at) : event(random, client, sequence, at);
            sequence += batches ? BATCH : 1;
            long start = System.nanoTime();
            HttpResponse<Void> response =
                    http.send(request(uri, authorization, body), HttpResponse.BodyHandlers.discarding());
            long latency = System.nanoTime() - start;
            if (response.statusCode() == 202) {
                latencies[n++] = latency;
                events.addAndGet(batches ? BATCH : 1);
            } else {
                failures.incrementAndGet();
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    private static void warmUp(HttpClient http, URI uri, String authorization, boolean batches, String at)
            throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < (batches ? 5 : 500); i++) {
            http.send(
                    request(
                            uri,
                            authorization,
                            batches ? batch(random, 999, i * BATCH, at) : event(random, 999, i, at)),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static HttpRequest request(URI uri, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static String batch(Random random, int client, int first, String at) {
        StringBuilder json = new StringBuilder(BATCH * 220).append('[');
        for (int i = 0; i < BATCH; i++) {
            json.append(i == 0 ? "" : ",").append(event(random, client, first + i, at));
        }
        return json.append(']').toString();
    }

    private static String event(Random random, int client, int sequence, String at) {
        int person = random.nextInt(10) == 0 ? random.nextInt(1000) : sequence;
        return "{\"type\":\"website_visited\",\"occurredAt\":\"" + at + "\",\"email\":\"bench" + client + "."
                + person + "@contoso-bench.com\",\"channel\":\"website\",\"source\":\"bench\",\"campaign\":\"load\","
                + "\"properties\":{\"url\":\"/pricing\",\"n\":" + sequence + "}}";
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
