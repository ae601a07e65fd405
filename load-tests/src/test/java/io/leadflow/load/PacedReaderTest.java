package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.deploy.traffic.SuiteClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checker's reads against a real HTTP server on localhost that refuses with 429 and {@code Retry-After}, as the
 * gateway's per-user rate limit does. The waits are recorded, not slept, so the tests take no time; the server
 * counts requests rather than watching a clock.
 */
class PacedReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_429_is_waited_out_as_its_retry_after_says_and_every_lead_of_a_large_run_is_read() throws Exception {
        // each path is refused twice with "Retry-After: 3" before it is answered, like a bucket that ran dry
        PacedReader reader = readerOf(serverRefusing(2, exchange -> "3"));

        List<SuiteClient.Answer> answers;
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<SuiteClient.Answer>> reads = IntStream.range(0, 500)
                    .mapToObj(i -> threads.submit(() -> reader.get("/api/v1/leads/lead-" + i)))
                    .toList();
            answers = reads.stream().map(PacedReaderTest::answer).toList();
        }

        assertThat(answers).extracting(SuiteClient.Answer::status).containsOnly(200);
        assertThat(requests)
                .hasSize(500)
                .allSatisfy((path, count) -> assertThat(count.get())
                        .as("%s asked twice too early, then once more", path)
                        .isEqualTo(3));
        assertThat(waits).as("the reader waited the 3 s the server asked for").contains(Duration.ofSeconds(3));
    }

    @Test
    void a_retry_after_given_as_an_http_date_is_waited_out_until_that_moment() throws Exception {
        String inTenSeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(10).atOffset(ZoneOffset.UTC));
        PacedReader reader = readerOf(serverRefusing(1, exchange -> inTenSeconds));

        SuiteClient.Answer answer = reader.get("/api/v1/handoffs?leadId=l-1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(waits).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void after_a_refusal_no_reader_asks_again_before_the_retry_after_and_the_next_ones_go_further_apart()
            throws Exception {
        PacedReader reader = readerOf(serverRefusing(1, exchange -> "2"));
        reader.get("/api/v1/leads/first");
        waits.clear();

        // another lead's read, as a second reader thread would make it right after the refusal: the server's refusals
        // are per path, so this one is refused once too, but it first waits out the 2 s the first refusal asked for
        reader.get("/api/v1/leads/second");

        assertThat(waits).isNotEmpty();
        assertThat(waits.getFirst())
                .as("waits past the first Retry-After and one gap")
                .isGreaterThan(Duration.ofSeconds(2));
    }

    @Test
    void a_request_refused_longer_than_the_patience_returns_the_429_instead_of_waiting_forever() throws Exception {
        PacedReader reader = new PacedReader(
                SuiteClient.of(serverRefusing(Integer.MAX_VALUE, exchange -> "60")),
                Clock.fixed(NOW, ZoneOffset.UTC),
                waits::add,
                Duration.ofMinutes(5));

        SuiteClient.Answer answer = reader.get("/api/v1/leads/never");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(requests.get("/api/v1/leads/never").get()).isEqualTo(6);
    }

    private PacedReader readerOf(String base) {
        return new PacedReader(
                SuiteClient.of(base), Clock.fixed(NOW, ZoneOffset.UTC), waits::add, Duration.ofMinutes(10));
    }

    /** Answers each path's first {@code refusals} requests 429 with the given Retry-After, then 200 with a lead. */
    private String serverRefusing(int refusals, java.util.function.Function<String, String> retryAfter)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            int count =
                    requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            byte[] body;
            if (count <= refusals) {
                body = "{\"status\":429,\"title\":\"Too Many Requests\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Retry-After", retryAfter.apply(path));
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(429, body.length);
            } else {
                body = "{\"stage\":\"MQL\",\"score\":80}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
            }
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static SuiteClient.Answer answer(Future<SuiteClient.Answer> read) {
        try {
            return read.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
