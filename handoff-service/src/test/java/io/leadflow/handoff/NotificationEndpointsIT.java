package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.testing.GatewayTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification endpoints and who reads what, against the real service and PostgreSQL: each rep's webhook is signed
 * with that rep's own secret (shown once, at registration or rotation; during a rotation's grace period the new and
 * the old secret both sign), the URLs notifications go to are shown to admins only, and a manager's reports cover
 * their own team only, as an access matrix of caller × read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationEndpointsIT {

    private static final String GROUP = ItGroup.named("handoff-endpoints-it-");

    private static WebhookReceiver receiver;
    private static WebhookReceiver slack;

    @Autowired
    private JsonMapper json;

    @Autowired
    private AssignHandoffUseCase assign;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> ItDatabase.URL);
        registry.add("leadflow.notifications.allowed-hosts", () -> "localhost,127.0.0.1");
        registry.add("leadflow.webhooks.poll-interval", () -> "100ms");
        ItGroup.receiveLifecycle(registry, GROUP);
        ItGroup.consumeAs(registry, GROUP);
    }

    @BeforeAll
    static void startReceivers() throws Exception {
        receiver = WebhookReceiver.start(0);
        slack = WebhookReceiver.start(0);
    }

    @AfterAll
    static void stopReceivers() {
        receiver.stop();
        slack.stop();
    }

    @Test
    void each_reps_webhook_is_signed_with_their_own_secret_and_a_rotation_signs_with_both_during_its_grace()
            throws Exception {
        JsonNode sam = register("Sam Signed", "sam", receiver.url());
        String rep = sam.get("id").asString();
        String first = sam.get("webhookSecret").asString();
        JsonNode other = register("Olga Other", "olga", receiver.url());
        assertThat(first).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(first.substring(6))).hasSize(32);
        assertThat(other.get("webhookSecret").asString()).isNotEqualTo(first);
        assertThat(as("admin@leadflow.test", "admin")
                        .get()
                        .uri("/api/v1/reps/{id}", rep)
                        .retrieve()
                        .body(String.class))
                .as("a read never shows the secret")
                .doesNotContain("webhookSecret")
                .doesNotContain(first);
        specialise(rep, null, "signed-" + GROUP);

        WebhookReceiver.Request before = handOff("signed-" + GROUP);
        assertThat(signatures(before)).containsExactly(signature(before, first));

        JsonNode rotated = rotate(rep, "{\"gracePeriod\":\"PT1H\"}");
        String second = rotated.get("secret").asString();
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        assertThat(Instant.parse(rotated.get("previousValidUntil").asString()))
                .isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        WebhookReceiver.Request duringGrace = handOff("signed-" + GROUP);
        assertThat(signatures(duringGrace))
                .containsExactly(signature(duringGrace, second), signature(duringGrace, first));

        String third = rotate(rep, "{\"gracePeriod\":\"PT0S\"}").get("secret").asString();
        WebhookReceiver.Request after = handOff("signed-" + GROUP);
        assertThat(signatures(after)).containsExactly(signature(after, third));
    }

    @Test
    void a_rotation_of_an_unknown_rep_or_with_too_long_a_grace_is_refused() {
        RestClient admin = as("admin@leadflow.test", "admin");
        String rep = register("Gus Grace", "gus", null).get("id").asString();

        assertThat(status(admin.post()
                        .uri("/api/v1/reps/{id}/webhook/secret/rotate", rep)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"gracePeriod\":\"P90D\"}")))
                .isEqualTo(400);
        assertThat(status(admin.post().uri("/api/v1/reps/{id}/webhook/secret/rotate", UUID.randomUUID())))
                .isEqualTo(404);
    }

    /** Who reads a rep's webhook URL and a team's Slack URL: admins only. */
    @ParameterizedTest(name = "{0} reads the notification URLs: {1}")
    @CsvSource({"admin, true", "sales_manager, false", "sales_rep, false", "marketing, false"})
    void only_admins_read_the_urls_notifications_go_to(String role, boolean shown) {
        String team = team("Readers", "reader-boss");
        String rep = register("Rhea Reader", "rhea-" + role, receiver.url())
                .get("id")
                .asString();
        specialise(rep, team, null);
        RestClient caller = as(role + "." + GROUP + "@seller.example", role);

        JsonNode repRead = json.readTree(
                caller.get().uri("/api/v1/reps/{id}", rep).retrieve().body(String.class));
        JsonNode repInList =
                find(json.readTree(caller.get().uri("/api/v1/reps").retrieve().body(String.class)), "id", rep);
        JsonNode teamRead = json.readTree(
                caller.get().uri("/api/v1/teams/{id}", team).retrieve().body(String.class));
        JsonNode teamInList =
                find(json.readTree(caller.get().uri("/api/v1/teams").retrieve().body(String.class)), "id", team);

        for (JsonNode read : List.of(repRead, repInList)) {
            assertThat(read.get("webhookUrl").isNull()).isEqualTo(!shown);
            if (shown) {
                assertThat(read.get("webhookUrl").asString()).isEqualTo(receiver.url());
            }
        }
        for (JsonNode read : List.of(teamRead, teamInList)) {
            assertThat(read.get("slackWebhookUrl").isNull()).isEqualTo(!shown);
            if (shown) {
                assertThat(read.get("slackWebhookUrl").asString()).isEqualTo(slack.url());
            }
        }
    }

    /** Reports as an access matrix: each manager sees their own team's figures only; admins and marketing all. */
    @Test
    void a_managers_reports_cover_their_own_team_and_nobody_elses() throws Exception {
        String north = team("North", "north-boss");
        String south = team("South", "south-boss");
        String nina = register("Nina North", "nina", null).get("id").asString();
        String sven = register("Sven South", "sven", null).get("id").asString();
        specialise(nina, north, "north-" + GROUP);
        specialise(sven, south, "south-" + GROUP);
        assignTo("north-" + GROUP);
        assignTo("south-" + GROUP);
        String ninasEmail = "nina." + GROUP + "@seller.example";
        String svensEmail = "sven." + GROUP + "@seller.example";

        record Expectation(String caller, String role, List<String> teams, List<String> reps) {}
        List<Expectation> matrix = List.of(
                new Expectation("north-boss", "sales_manager", List.of(north), List.of(ninasEmail)),
                new Expectation("south-boss", "sales_manager", List.of(south), List.of(svensEmail)),
                new Expectation("nobodys-boss", "sales_manager", List.of(), List.of()),
                new Expectation("marketer", "marketing", List.of(north, south), List.of(ninasEmail, svensEmail)),
                new Expectation("chief", "admin", List.of(north, south), List.of(ninasEmail, svensEmail)));
        String period = "from=" + Instant.now().minusSeconds(3600) + "&to="
                + Instant.now().plusSeconds(60);
        for (Expectation row : matrix) {
            RestClient caller = as(row.caller() + "." + GROUP + "@seller.example", row.role());
            List<String> slaTeams = keys(caller, "/api/v1/reports/sla?by=team&" + period);
            List<String> slaReps = keys(caller, "/api/v1/reports/sla?by=rep&" + period);
            List<String> conversionReps = keys(caller, "/api/v1/reports/conversion?by=rep&" + period);

            List<String> ours = List.of(north, south);
            assertThat(slaTeams.stream().filter(ours::contains))
                    .as("%s's SLA report by team", row.caller())
                    .containsExactlyInAnyOrderElementsOf(row.teams());
            assertThat(slaReps.stream().filter(List.of(nina, sven)::contains))
                    .as("%s's SLA report by rep", row.caller())
                    .containsExactlyInAnyOrderElementsOf(row.reps().stream()
                            .map(email -> email.equals(ninasEmail) ? nina : sven)
                            .toList());
            assertThat(conversionReps.stream().filter(List.of(ninasEmail, svensEmail)::contains))
                    .as("%s's conversion report by rep", row.caller())
                    .containsExactlyInAnyOrderElementsOf(row.reps());
            if (row.role().equals("sales_manager")) {
                assertThat(slaTeams).as("a manager sees no other team at all").isSubsetOf(row.teams());
            }
        }
    }

    @Test
    void changes_to_the_organisation_are_kept_with_the_admin_who_made_them() {
        String boss = "auditing-admin." + GROUP + "@seller.example";
        String team = json.readTree(as(boss, "admin")
                        .post()
                        .uri("/api/v1/teams")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"Audited " + GROUP + "\",\"manager\":\"" + boss + "\"}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
        String rep = register("Ada Audited", "ada", null).get("id").asString();
        as(boss, "admin")
                .put()
                .uri("/api/v1/reps/{id}", rep)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"teamId\":\"" + team + "\"}")
                .retrieve()
                .toBodilessEntity();

        JsonNode changes = json.readTree(as(boss, "admin")
                .get()
                .uri("/api/v1/organisation-changes?limit=500")
                .retrieve()
                .body(String.class));
        List<String> mine = new ArrayList<>();
        changes.forEach(c -> {
            if (List.of(team, rep).contains(c.get("subject").asString())) {
                mine.add(c.get("actor").asString() + " " + c.get("action").asString());
                assertThat(Instant.parse(c.get("at").asString()))
                        .isBefore(Instant.now().plusSeconds(1));
            }
        });
        assertThat(mine)
                .containsExactly(
                        boss + " rep.updated", "admin@leadflow.test rep.registered", boss + " team.registered");
        assertThat(status(as(boss, "admin").get().uri("/api/v1/organisation-changes?limit=0")))
                .isEqualTo(400);
    }

    private RestClient as(String user, String role) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.of(user, role))
                .build();
    }

    private JsonNode register(String name, String who, String webhookUrl) {
        String hook = webhookUrl == null ? "" : ",\"webhookUrl\":\"" + webhookUrl + "\"";
        return json.readTree(as("admin@leadflow.test", "admin")
                .post()
                .uri("/api/v1/reps")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"" + name + "\",\"email\":\"" + who + "." + GROUP + "@seller.example\"" + hook
                        + ",\"available\":true}")
                .retrieve()
                .body(String.class));
    }

    private String team(String name, String boss) {
        return json.readTree(as("admin@leadflow.test", "admin")
                        .post()
                        .uri("/api/v1/teams")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"" + name + " " + GROUP + " " + UUID.randomUUID() + "\",\"manager\":\""
                                + boss + "." + GROUP + "@seller.example\",\"slackWebhookUrl\":\"" + slack.url()
                                + "\"}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
    }

    /** Puts the rep in the team and makes them the one specialist of the segment, so routing picks them. */
    private void specialise(String rep, String team, String segment) {
        String body = (team == null ? "{" : "{\"teamId\":\"" + team + "\",")
                + (segment == null ? "\"capacity\":50}" : "\"segments\":[\"" + segment + "\"]}");
        as("admin@leadflow.test", "admin")
                .put()
                .uri("/api/v1/reps/{id}", rep)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private void assignTo(String segment) {
        assign.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(),
                LeadId.newId(),
                90,
                false,
                List.of("demo requested"),
                Instant.now(),
                "endpoints",
                segment,
                null,
                "web",
                null,
                "A"));
    }

    /** Hands a lead of the segment off and waits for the webhook it causes. */
    private WebhookReceiver.Request handOff(String segment) {
        int before = receiver.requests().size();
        assignTo(segment);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requests().size() > before);
        return receiver.requests().get(before);
    }

    private JsonNode rotate(String rep, String body) {
        return json.readTree(as("admin@leadflow.test", "admin")
                .post()
                .uri("/api/v1/reps/{id}/webhook/secret/rotate", rep)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(String.class));
    }

    private List<String> keys(RestClient caller, String uri) {
        List<String> keys = new ArrayList<>();
        json.readTree(caller.get().uri(uri).retrieve().body(String.class))
                .forEach(row -> keys.add(row.get("key").asString()));
        return keys;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.get(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value + " in " + list);
    }

    private static int status(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> res.getStatusCode()).value();
    }

    private static List<String> signatures(WebhookReceiver.Request request) {
        return List.of(request.signature().split(" "));
    }

    /** A Standard Webhooks receiver's check, computed here by hand: v1, base64 HMAC-SHA256 of id.timestamp.body. */
    private static String signature(WebhookReceiver.Request request, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] digest = mac.doFinal((request.webhookId() + "." + request.timestamp() + "." + request.body())
                .getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(digest);
    }
}
