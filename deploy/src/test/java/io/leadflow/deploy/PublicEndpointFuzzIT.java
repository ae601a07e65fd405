package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies at every public write operation, through the gateway, as the services' OpenAPI documents list them:
 * malformed JSON, wrong types, huge strings and numbers, deep nesting, invalid UTF-8, unknown fields, with bogus path
 * parameters. No answer may be a 5xx, and an answer that refuses (4xx) may not have stored anything: the row count of
 * every table in every service's database is the same after a refused operation as before it. Fixed seed, a bounded
 * number of cases per operation.
 */
class PublicEndpointFuzzIT {

    private static final long SEED = 18L;
    private static final String ZERO_ID = "00000000-0000-0000-0000-000000000000";

    private static LocalStack stack;
    private static TableCounts counts;
    private static String bearer;
    private static String apiKey;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheSuite() {
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(24080)
                .withDataDir(home.resolve("deploy/target/fuzz"))
                .withFreshDatabases("leadflow_fuzz" + suffix + "_");
        stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(LeadJourney.roles()),
                Map.of(
                        "LEADFLOW_RATE_LIMITS_USER_CAPACITY", "1000000",
                        "LEADFLOW_RATE_LIMITS_API_KEY_CAPACITY", "1000000"),
                Map.of());
        counts = new TableCounts(config);
        String password = stack.people().passwords().get(LeadJourney.ADMIN_EMAIL);
        bearer = "Bearer " + LocalSignIn.accessToken(stack.identityUrl(), LeadJourney.ADMIN_EMAIL, password);
        SuiteClient admin = SuiteClient.of(stack.gatewayUrl()).as(bearer.substring("Bearer ".length()));
        SuiteClient.Answer key = admin.post("/api/v1/api-keys", SuiteClient.json(Map.of("name", "fuzzing")));
        assertThat(key.status()).as(key.text()).isEqualTo(201);
        apiKey = "Basic "
                + Base64.getEncoder()
                        .encodeToString((key.body().path("key").asString() + ":").getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void no_hostile_body_at_any_public_write_operation_gets_a_5xx_or_stores_anything_when_refused() throws Exception {
        List<FuzzCases.Operation> operations = new ArrayList<>();
        for (String document : List.of(
                "/v3/api-docs/ingestion",
                "/v3/api-docs/scoring",
                "/v3/api-docs/handoff",
                "/v3/api-docs/nurturing",
                "/v3/api-docs")) {
            SuiteClient.Answer docs = SuiteClient.of(stack.gatewayUrl()).get(document);
            assertThat(docs.status()).as(document).isEqualTo(200);
            operations.addAll(FuzzCases.operations(docs.body()));
        }
        assertThat(operations).as("write operations in the OpenAPI documents").hasSizeGreaterThan(20);

        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> accepted = new ArrayList<>();
        int requests = 0;
        for (FuzzCases.Operation operation : operations) {
            Map<String, Long> before = counts.settled();
            boolean anyAccepted = false;
            for (Iterator<FuzzCases.Case> cases =
                            FuzzCases.cases(operation, random).iterator();
                    cases.hasNext(); ) {
                FuzzCases.Case fuzz = cases.next();
                requests++;
                int status = send(operation, fuzz);
                answers.merge(status, 1, Integer::sum);
                if (status >= 500 || status < 0) {
                    failures.add(operation.method() + " " + fuzz.path() + " [" + fuzz.name() + "] answered " + status);
                }
                if (status >= 200 && status < 300) {
                    anyAccepted = true;
                    accepted.add(operation.method() + " " + fuzz.path() + " [" + fuzz.name() + "] " + status);
                }
            }
            if (!anyAccepted) {
                Map<String, Long> after = counts.now();
                if (!after.equals(before)) {
                    failures.add(operation.method() + " " + operation.path() + " refused every case but changed rows: "
                            + TableCounts.difference(before, after));
                }
            }
        }

        System.out.println("fuzzing: " + operations.size() + " operations, " + requests + " requests, answers "
                + answers + "; accepted: " + accepted);
        assertThat(requests).isGreaterThan(200);
        assertThat(answers.getOrDefault(401, 0) + answers.getOrDefault(403, 0))
                .as("the cases reach the services rather than stop at the door: %s", answers)
                .isLessThan(requests / 4);
        assertThat(failures).isEmpty();
    }

    private static int send(FuzzCases.Operation operation, FuzzCases.Case fuzz) {
        boolean ingestion = fuzz.path().startsWith("/v1/")
                || fuzz.path().startsWith("/api/v1/events")
                || fuzz.path().startsWith("/api/v1/contacts")
                || fuzz.path().startsWith("/api/v1/identities");
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + fuzz.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", ingestion ? apiKey : bearer)
                .header("Content-Type", "application/json")
                .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(fuzz.body()))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
