package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.AdminApi;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientAdminApiTest {

    private static final String TEAM = "00000000-0000-0000-0000-00000000000e";
    private static final String REP = "00000000-0000-0000-0000-0000000000a1";

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientAdminApi api = new RestClientAdminApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));
    private final Caller admin = new Caller("it@example.com", Set.of("admin"), "the-token");

    @Test
    void creates_lists_and_revokes_api_keys_at_the_gateway() {
        gateway.expect(requestTo("http://gateway.test/api/v1/api-keys"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer the-token"))
                .andExpect(content().json("{\"name\":\"website forms\"}"))
                .andRespond(
                        withStatus(HttpStatus.CREATED)
                                .contentType(MediaType.APPLICATION_JSON)
                                .body(
                                        "{\"id\":\"k1\",\"name\":\"website forms\",\"key\":\"lf_k1_s\",\"createdBy\":\"it@example.com\"}"));
        gateway.expect(requestTo("http://gateway.test/api/v1/api-keys"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        [{"id":"k1","name":"website forms","createdAt":"2026-12-01T08:00:00Z","createdBy":"it@example.com",
                          "revokedAt":null,"revokedBy":null}]""", MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/api-keys/k1"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withNoContent());

        assertThat(api.createApiKey(admin, "website forms"))
                .isEqualTo(new AdminApi.NewApiKey("k1", "website forms", "lf_k1_s"));
        assertThat(api.apiKeys(admin)).singleElement().satisfies(key -> {
            assertThat(key.name()).isEqualTo("website forms");
            assertThat(key.revokedAt()).isNull();
        });
        api.revokeApiKey(admin, "k1");
        gateway.verify();
    }

    @Test
    void sends_teams_reps_rules_and_policies_in_the_hand_off_services_request_shapes() {
        gateway.expect(requestTo("http://gateway.test/api/v1/teams"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"name":"Inbound","manager":"boss@example.com","timeZone":"Europe/Berlin",
                         "workingHours":{"MONDAY":"09:00-17:00"},"holidays":["2026-12-25"]}""", true))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{}"));
        gateway.expect(requestTo("http://gateway.test/api/v1/reps/" + REP))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"teamId\":\"" + TEAM + "\",\"capacity\":30}", true))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/routing-rules"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"name":"SMB","segments":["smb"],"countries":[],"grades":[],"sources":[],"teamId":"%s"}""".formatted(TEAM), true))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{}"));
        gateway.expect(requestTo("http://gateway.test/api/v1/sla-policies/hot"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("""
                        {"acceptWithin":"PT10M","decideWithin":"PT4H","remindAtPercent":[50],"reassignOnBreach":true}""", true))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

        api.createTeam(
                admin,
                new AdminApi.TeamForm(
                        "Inbound",
                        "boss@example.com",
                        "Europe/Berlin",
                        Map.of("MONDAY", "09:00-17:00"),
                        List.of("2026-12-25"),
                        null));
        api.updateRep(admin, UUID.fromString(REP), new AdminApi.RepChanges(null, UUID.fromString(TEAM), 30));
        api.defineRoutingRule(
                admin,
                new AdminApi.RuleForm(
                        null, "SMB", List.of("smb"), List.of(), List.of(), List.of(), null, null, TEAM, null));
        api.setSlaPolicy(admin, new AdminApi.SlaPolicy("hot", "PT10M", "PT4H", List.of(50), true));
        gateway.verify();
    }

    @Test
    void reads_rules_with_their_team_reference_and_teams_with_an_empty_slack_url_as_none() {
        gateway.expect(requestTo("http://gateway.test/api/v1/routing-rules"))
                .andRespond(withSuccess("""
                        [{"id":"00000000-0000-0000-0000-0000000000f1","position":1,"name":"DE","segments":[],
                          "countries":["DE"],"grades":[],"sources":[],"team":{"value":"%s"},"secondTierTeam":null}]""".formatted(TEAM), MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/teams"))
                .andRespond(withSuccess("""
                        [{"id":"%s","name":"Inbound","manager":"boss@example.com","timeZone":"UTC",
                          "workingHours":{"MONDAY":"09:00-17:00"},"holidays":[],"slackWebhookUrl":""}]""".formatted(TEAM), MediaType.APPLICATION_JSON));

        assertThat(api.routingRules(admin).getFirst().teamId()).isEqualTo(UUID.fromString(TEAM));
        assertThat(api.teams(admin).getFirst().slackWebhookUrl()).isNull();
        gateway.verify();
    }
}
