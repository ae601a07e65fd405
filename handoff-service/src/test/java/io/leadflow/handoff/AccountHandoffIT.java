package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.AccountQualifiedEvent;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A qualified account through the real RabbitMQ and PostgreSQL: AccountQualified on lead.lifecycle (delivered twice)
 * becomes one account hand-off with the account's owner, whose webhook gets one signed notification naming the people
 * behind it (hostile text arrives as data), and the owner, not another rep, finds it through the API. A person who
 * objected to profiling and a person who was erased are named nowhere in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountHandoffIT {

    private static final String GROUP = ItGroup.named("handoff-account-it-");
    private static final String HOSTILE = "Acme <img src=x onerror=alert(1)> & Co";

    private static WebhookReceiver receiver;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcClient jdbc;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> ItDatabase.URL);
        registry.add("leadflow.notifications.allowed-hosts", () -> "localhost,127.0.0.1");
        registry.add("leadflow.notifications.console-url", () -> "https://leadflow.example");
        registry.add("leadflow.webhooks.poll-interval", () -> "100ms");
        ItGroup.consumeAs(registry, GROUP);
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = WebhookReceiver.start(0);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void a_qualified_account_reaches_its_owner_once_with_the_people_behind_it() throws Exception {
        RestClient api = RestClient.create("http://localhost:" + port);
        String ownerEmail = "owen." + GROUP + "@seller.example";
        String owner = rep(api, "Owen Owner", ownerEmail, receiver.url());
        rep(api, "Anna Other", "anna." + GROUP + "@seller.example", null);
        UUID account = UUID.randomUUID();
        LeadId jane = LeadId.newId();
        LeadId joe = LeadId.newId();
        LeadId olga = LeadId.newId();
        LeadId ed = LeadId.newId();
        try (RabbitProbe rabbit = new RabbitProbe(json)) {
            rabbit.publish(EventStreams.CONSENT, objection(olga));
            rabbit.publish(EventStreams.PRIVACY, erasure(ed));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("consent_copy", olga) == 1 && count("erased_lead", ed) == 1);
        AccountQualifiedEvent qualified = new AccountQualifiedEvent(
                EventMetadata.create(
                        AccountQualifiedEvent.TYPE,
                        AccountQualifiedEvent.VERSION,
                        jane,
                        Instant.now(),
                        "it-" + account),
                account,
                HOSTILE,
                "acme-" + GROUP + ".example",
                1,
                UUID.fromString(owner),
                1200,
                "Software",
                "DE",
                110,
                100,
                1,
                List.of(
                        new AccountQualifiedEvent.Person(
                                jane.value(),
                                "jane@acme.example",
                                "Jane",
                                "<b>Doe</b>",
                                "CTO",
                                List.of("decision-maker"),
                                90,
                                "MQL"),
                        new AccountQualifiedEvent.Person(
                                joe.value(), "joe@acme.example", "Joe", null, "Analyst", List.of("user"), 20, "NEW"),
                        new AccountQualifiedEvent.Person(
                                olga.value(), "olga@acme.example", "Olga", "Objects", "CFO", List.of(), 70, "NEW"),
                        new AccountQualifiedEvent.Person(
                                ed.value(), "ed@acme.example", "Ed", "Erased", "CEO", List.of(), 60, "NEW")));

        try (RabbitProbe rabbit = new RabbitProbe(json)) {
            rabbit.publish(EventStreams.LIFECYCLE, qualified);
            rabbit.publish(EventStreams.LIFECYCLE, qualified);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.requests().isEmpty());
        JsonNode payload = json.readTree(receiver.requests().getFirst().body());
        assertThat(receiver.requests().getFirst().signature()).startsWith("v1,");
        assertThat(payload.path("type").asString()).isEqualTo("account.handoff.assigned");
        assertThat(payload.path("account").path("id").asString()).isEqualTo(account.toString());
        assertThat(payload.path("account").path("name").asString()).isEqualTo(HOSTILE);
        assertThat(payload.path("rep").path("id").asString()).isEqualTo(owner);
        assertThat(payload.path("assignedBy").asString()).isEqualTo("account-owner");
        assertThat(payload.path("score").asInt()).isEqualTo(110);
        assertThat(payload.path("people").get(0).path("lastName").asString()).isEqualTo("<b>Doe</b>");
        assertThat(payload.path("people").get(1).path("email").asString()).isEqualTo("joe@acme.example");
        assertThat(payload.path("people")).hasSize(2);
        assertThat(receiver.requests().getFirst().body())
                .doesNotContain("olga@acme.example", "Objects", olga.toString(), "ed@acme.example", ed.toString());
        assertThat(payload.path("links").path("open").asString())
                .isEqualTo("https://leadflow.example/accounts/" + account);

        JsonNode mine = read(api, "/api/v1/handoffs/accounts?accountId=" + account, ownerEmail);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(mine.get(0).path("people")).hasSize(2);
        assertThat(mine.toString())
                .doesNotContain("olga@acme.example", olga.toString(), "ed@acme.example", ed.toString());
        String id = mine.get(0).path("id").asString();
        assertThat(read(api, "/api/v1/handoffs/accounts/" + id, ownerEmail)
                        .path("account")
                        .path("name")
                        .asString())
                .isEqualTo(HOSTILE);
        assertThat(read(api, "/api/v1/handoffs/accounts?accountId=" + account, "anna." + GROUP + "@seller.example"))
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from account_handoff where account_id = ?")
                        .param(account)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from webhook_delivery where handoff_id = ?")
                        .param(UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private long count(String table, LeadId lead) {
        return jdbc.sql("select count(*) from " + table + " where lead_id = ?")
                .param(lead.value())
                .query(Long.class)
                .single();
    }

    private static ConsentChangedEvent objection(LeadId lead) {
        Instant since = Instant.now().minusSeconds(60);
        return new ConsentChangedEvent(
                EventMetadata.create(ConsentChangedEvent.TYPE, 1, lead, since, "it"),
                false,
                null,
                null,
                true,
                since,
                1);
    }

    private static ErasureRequestedEvent erasure(LeadId lead) {
        UUID requestId = UUID.randomUUID();
        return new ErasureRequestedEvent(
                EventMetadata.create(ErasureRequestedEvent.TYPE, 1, new LeadId(requestId), Instant.now(), "it"),
                requestId,
                List.of(lead.value()));
    }

    private String rep(RestClient api, String name, String email, String webhookUrl) {
        String hook = webhookUrl == null ? "" : ",\"webhookUrl\":\"" + webhookUrl + "\"";
        return json.readTree(api.post()
                        .uri("/api/v1/reps")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("ada.admin@seller.example", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"" + name + "\",\"email\":\"" + email + "\"" + hook + ",\"available\":true}")
                        .retrieve()
                        .body(String.class))
                .path("id")
                .asString();
    }

    private JsonNode read(RestClient api, String uri, String user) {
        return json.readTree(api.get()
                .uri(uri)
                .header(GatewayTokens.HEADER, GatewayTokens.of(user, "sales_rep"))
                .retrieve()
                .body(String.class));
    }
}
