package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.TeamApi;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientTeamApiTest {

    private static final String TEAM = "00000000-0000-0000-0000-00000000000e";
    private static final String REP = "00000000-0000-0000-0000-0000000000a1";
    private static final String HANDOFF = "00000000-0000-0000-0000-0000000000c3";
    private static final String LEAD = "00000000-0000-0000-0000-0000000000d4";

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientTeamApi api = new RestClientTeamApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));
    private final Caller boss = new Caller("boss@example.com", Set.of("sales_manager"), "the-token");

    @Test
    void reads_teams_reps_and_the_managers_open_hand_offs_with_their_sla_state() {
        gateway.expect(requestTo("http://gateway.test/api/v1/teams"))
                .andExpect(header("Authorization", "Bearer the-token"))
                .andRespond(withSuccess("""
                        [{"id":"%s","name":"Inbound","manager":"boss@example.com","timeZone":"UTC",
                          "workingHours":{},"holidays":[],"slackWebhookUrl":""}]""".formatted(TEAM), MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/reps"))
                .andRespond(withSuccess("""
                        [{"id":"%s","name":"Anna","email":"anna@example.com","available":false,"teamId":"%s",
                          "capacity":20,"weight":1,"registeredAt":"2026-12-01T08:00:00Z"}]""".formatted(REP, TEAM), MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs?assignee=me&status=open"))
                .andRespond(withSuccess("""
                        [{"id":"%s","leadId":"%s","status":"ASSIGNED","score":87,"fastTrack":false,
                          "rep":{"id":"%s","name":"Anna","email":"anna@example.com"},
                          "details":{"deadline":"accept","dueAt":"2026-12-05T10:00:00Z","slaState":"reminded"}}]""".formatted(HANDOFF, LEAD, REP), MediaType.APPLICATION_JSON));

        assertThat(api.teams(boss))
                .containsExactly(new TeamApi.Team(UUID.fromString(TEAM), "Inbound", "boss@example.com"));
        assertThat(api.reps(boss))
                .containsExactly(new TeamApi.Rep(
                        UUID.fromString(REP), "Anna", "anna@example.com", false, UUID.fromString(TEAM)));
        assertThat(api.openHandoffs(boss))
                .containsExactly(new TeamApi.OpenHandoff(
                        UUID.fromString(HANDOFF),
                        UUID.fromString(LEAD),
                        "ASSIGNED",
                        87,
                        UUID.fromString(REP),
                        "reminded",
                        Instant.parse("2026-12-05T10:00:00Z")));
        gateway.verify();
    }

    @Test
    void reads_the_handoffs_waiting_for_a_rep_with_their_team_priority_and_why_they_wait() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs?assignee=none"))
                .andExpect(header("Authorization", "Bearer the-token"))
                .andRespond(withSuccess("""
                        [{"id":"%s","leadId":"%s","status":"UNASSIGNED","score":91,"fastTrack":true,
                          "assignmentNote":"no sales rep was available","createdAt":"2026-12-05T09:00:00Z",
                          "contact":{"name":"Jane Doe","email":"jane@acme.example","company":"Acme"},
                          "details":{"teamId":"%s","tier":1,"priority":"hot"}}]""".formatted(HANDOFF, LEAD, TEAM), MediaType.APPLICATION_JSON));

        assertThat(api.waitingHandoffs(boss))
                .containsExactly(new TeamApi.WaitingHandoff(
                        UUID.fromString(HANDOFF),
                        UUID.fromString(LEAD),
                        91,
                        UUID.fromString(TEAM),
                        "hot",
                        Instant.parse("2026-12-05T09:00:00Z"),
                        "no sales rep was available",
                        "Jane Doe, Acme"));
        gateway.verify();
    }

    @Test
    void reassigns_and_sets_availability_with_the_bodies_the_hand_off_service_takes() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + HANDOFF + "/reassign"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"repId\":\"" + REP + "\"}"))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/reps/" + REP + "/availability"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"available\":false}"))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

        api.reassign(boss, UUID.fromString(HANDOFF), UUID.fromString(REP));
        api.setAvailability(boss, UUID.fromString(REP), false);

        gateway.verify();
    }

    @Test
    void a_refused_reassignment_becomes_an_api_refusal_naming_the_field() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + HANDOFF + "/reassign"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"detail":"the new rep is away","errors":[{"field":"repId","detail":"the new rep is away"}]}"""));

        assertThatThrownBy(() -> api.reassign(boss, UUID.fromString(HANDOFF), UUID.fromString(REP)))
                .isInstanceOfSatisfying(ApiRefusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.fields()).containsKey("repId");
                });
    }
}
