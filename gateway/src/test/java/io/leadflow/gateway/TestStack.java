package io.leadflow.gateway;

import io.leadflow.kernel.testing.LocalDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every gateway IT stands on: the gateway's own database recreated once per test run (contexts share it;
 * recreating it per context would pull it from under a cached one), the four services as stubs started once,
 * and an identity provider stand-in whose keys the gateway trusts, to sign people's tokens.
 */
final class TestStack {

    static final String DATABASE = "leadflow_test_gateway";
    static final String CONSOLE_ORIGIN = "https://console.leadflow.test";

    static final Map<String, StubService> SERVICES = Map.of(
            "ingestion", StubService.start("ingestion"),
            "scoring", StubService.start("scoring"),
            "handoff", StubService.start("handoff"),
            "nurturing", StubService.start("nurturing"));

    /** The provider the gateway trusts in these tests: its JWK set, its issuer. */
    static final StubProvider PROVIDER = StubProvider.start();

    /** How long a test client waits for calls made in parallel: the gateway's own timeouts answer first. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static String databaseUrl;

    private TestStack() {}

    /** Makes {@code count} calls at once, each on its own virtual thread, and returns their answers in order. */
    static <T> List<T> inParallel(int count, IntFunction<T> call) throws InterruptedException, ExecutionException {
        try (var parallel = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> calls = IntStream.range(0, count)
                    .mapToObj(i -> parallel.submit(() -> call.apply(i)))
                    .toList();
            List<T> answers = new ArrayList<>(count);
            for (Future<T> answer : calls) {
                answers.add(answer.get());
            }
            return answers;
        }
    }

    static synchronized String databaseUrl() {
        if (databaseUrl == null) {
            databaseUrl = LocalDatabases.recreate(DATABASE);
        }
        return databaseUrl;
    }

    /** The database and the trusted provider; the services as given by the caller. */
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestStack::databaseUrl);
        registry.add("spring.datasource.username", () -> LocalDatabases.USER);
        registry.add("spring.datasource.password", () -> LocalDatabases.PASSWORD);
        registry.add("leadflow.security.jwt.issuer-uri", PROVIDER::url);
        registry.add("leadflow.security.jwt.jwk-set-uri", PROVIDER::jwksUrl);
        // a cold context on a loaded two-core machine can take more than the test client's default 5 s to answer
        registry.add("spring.test.webtestclient.timeout", PATIENCE::toString);
    }

    /** The database, the trusted provider and all four stubs. */
    static void everything(DynamicPropertyRegistry registry) {
        database(registry);
        registry.add("leadflow.security.cors.allowed-origins", () -> CONSOLE_ORIGIN);
        registry.add("leadflow.rate-limits.user.capacity", () -> "100000");
        registry.add("leadflow.rate-limits.api-key.capacity", () -> "100000");
        SERVICES.forEach((name, stub) -> registry.add("leadflow.services." + name, stub::url));
    }

    /** A bearer token from the trusted provider for this person and roles, as if they had signed in. */
    static String token(String email, String... roles) {
        return PROVIDER.accessToken(email, List.of(roles));
    }

    /** A new event source key created by an admin; the key itself as answered once. */
    static String apiKey(WebTestClient client, String adminBearer, String name) {
        Map<?, ?> answer = client.post()
                .uri("/api/v1/api-keys")
                .header("Authorization", adminBearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return String.valueOf(answer.get("key"));
    }

    static String bearer(String email, String... roles) {
        return "Bearer " + token(email, roles);
    }
}
