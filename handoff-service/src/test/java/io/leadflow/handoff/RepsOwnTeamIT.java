package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.testing.GatewayTokens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against the real PostgreSQL: a lead that no routing rule matches goes to a rep of a team, and is then that team's,
 * as if a rule had named it: the team's Slack channel receives the hand-off and the SLA deadline is counted in the
 * team's calendar (here weekends only, so it can never fall on a day of the default Monday-to-Friday calendar).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepsOwnTeamIT {

    private static final String GROUP = ItGroup.named("handoff-team-it-");
    private static final String WEEKEND = "00:00-23:59";

    private static WebhookReceiver slack;

    @Autowired
    private JsonMapper json;

    @Autowired
    private AssignHandoffUseCase assign;

    @Autowired
    private FindHandoffQuery find;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> ItDatabase.URL);
        registry.add("leadflow.notifications.console-url", () -> "https://leadflow.example");
        registry.add("leadflow.notifications.allowed-hosts", () -> "localhost,127.0.0.1");
        registry.add("leadflow.webhooks.poll-interval", () -> "100ms");
        ItGroup.receiveLifecycle(registry, GROUP);
        ItGroup.consumeAs(registry, GROUP);
    }

    @BeforeAll
    static void startSlack() throws Exception {
        slack = WebhookReceiver.start(0);
    }

    @AfterAll
    static void stopSlack() {
        slack.stop();
    }

    @Test
    void a_lead_routed_without_a_rule_reaches_its_teams_slack_and_gets_an_sla_on_the_teams_calendar() throws Exception {
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
        String team = json.readTree(api.post()
                        .uri("/api/v1/teams")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"Weekend " + GROUP + "\",\"manager\":\"boss." + GROUP + "@seller.example\","
                                + "\"timeZone\":\"UTC\",\"workingHours\":{\"SATURDAY\":\"" + WEEKEND
                                + "\",\"SUNDAY\":\"" + WEEKEND + "\"},\"slackWebhookUrl\":\"" + slack.url() + "\"}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
        String rep = json.readTree(api.post()
                        .uri("/api/v1/reps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"Wendy Weekend\",\"email\":\"wendy." + GROUP + "@seller.example\"}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
        // a specialist of the lead's segment, so round-robin among every available rep picks her
        api.put()
                .uri("/api/v1/reps/{id}", rep)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"teamId\":\"" + team + "\",\"segments\":[\"weekend-" + GROUP + "\"]}")
                .retrieve()
                .toBodilessEntity();
        LeadId lead = LeadId.newId();

        assign.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(),
                lead,
                90,
                false,
                List.of("demo requested"),
                Instant.now(),
                "weekend",
                "weekend-" + GROUP,
                null, // no channel: the race IT counts contact-form leads of the hour
                "web",
                null,
                "A"));

        var view = find.findHandoffsOfLead(lead).getFirst();
        assertThat(view.assignedBy()).isEqualTo("round-robin");
        assertThat(view.rep().id().toString()).isEqualTo(rep);
        assertThat(view.details().teamId().toString()).isEqualTo(team);
        Instant assignedAt = view.assignedAt();
        Instant due = view.details().acceptDueAt();
        BusinessCalendar weekends = new BusinessCalendar(
                ZoneOffset.UTC,
                Map.of(DayOfWeek.SATURDAY, WorkingHours.parse(WEEKEND), DayOfWeek.SUNDAY, WorkingHours.parse(WEEKEND)),
                Set.of());
        assertThat(due.atZone(ZoneOffset.UTC).getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(weekends.between(assignedAt, due)).isEqualTo(Duration.ofHours(4));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(slack.requests())
                        .singleElement()
                        .satisfies(posted -> {
                            assertThat(posted.status()).isEqualTo(200);
                            assertThat(posted.body()).contains("Owner: Wendy Weekend");
                        }));
    }
}
