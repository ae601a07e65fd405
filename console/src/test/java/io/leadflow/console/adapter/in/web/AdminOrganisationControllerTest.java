package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase;
import io.leadflow.console.application.port.out.AdminApi;
import io.leadflow.support.testing.GatewayTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest({AdminOrganisationController.class, AdminRoutingController.class})
class AdminOrganisationControllerTest {

    private static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID REP = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID RULE = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SalesOrganisationUseCase organisation;

    @Test
    void the_admin_sees_teams_with_calendar_and_slack_and_an_edit_form_filled_in() throws Exception {
        given(organisation.teams(any())).willReturn(List.of(team("Inbound")));

        String page = page(asAdmin(get("/admin/teams")));

        assertThat(page).contains("id=\"create-team\"", "id=\"edit-team-" + TEAM + "\"", "Inbound", "boss@example.com");
        assertThat(page)
                .contains(
                        "Europe/Berlin", "MONDAY=09:00-17:00", "2026-12-25", "https://hooks.slack.com/services/T/B/x");
    }

    @Test
    void a_team_form_is_passed_on_as_typed_and_answers_the_list() throws Exception {
        given(organisation.teams(any())).willReturn(List.of(team("Inbound")));

        String answer = page(asAdmin(post("/admin/teams/{id}", TEAM))
                .param("name", "Inbound")
                .param("manager", "boss@example.com")
                .param("timeZone", "Europe/Berlin")
                .param("workingHours", "MONDAY=08:00-16:00")
                .param("holidays", "2026-12-25")
                .param("slackWebhookUrl", "")
                .header("HX-Request", "true"));

        ArgumentCaptor<SalesOrganisationUseCase.TeamFields> fields =
                ArgumentCaptor.forClass(SalesOrganisationUseCase.TeamFields.class);
        Mockito.verify(organisation).updateTeam(any(), eq(TEAM), fields.capture());
        assertThat(fields.getValue().workingHours()).isEqualTo("MONDAY=08:00-16:00");
        assertThat(answer).contains("id=\"teams\"").doesNotContain("<html");
    }

    @Test
    void the_apis_refusal_of_a_field_is_shown_in_the_problem_area() throws Exception {
        willThrow(new ApiRefusal(400, "timeZone is not a time zone", Map.of("timeZone", "an IANA time zone")))
                .given(organisation)
                .createTeam(any(), any());

        String answer = mvc.perform(
                        asAdmin(post("/admin/teams")).param("name", "X").header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("timeZone", "an IANA time zone");
    }

    @Test
    void reps_are_listed_with_their_team_and_capacity_and_edited_by_id() throws Exception {
        given(organisation.teams(any())).willReturn(List.of(team("Inbound")));
        given(organisation.reps(any()))
                .willReturn(List.of(
                        new AdminApi.Rep(REP, "<script>alert(1)</script>", "anna@example.com", true, TEAM, 20, 1)));

        String page = page(asAdmin(get("/admin/reps")));
        assertThat(page).contains("id=\"register-rep\"", "id=\"edit-rep-" + REP + "\"", "Inbound", ">20<");
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        page(asAdmin(post("/admin/reps/{id}", REP))
                .param("name", "Anna")
                .param("teamId", TEAM.toString())
                .param("capacity", "30")
                .header("HX-Request", "true"));
        Mockito.verify(organisation).updateRep(any(), eq(REP), eq("Anna"), eq(TEAM.toString()), eq("30"));
    }

    @Test
    void routing_rules_are_listed_created_and_deleted_with_a_confirmation() throws Exception {
        given(organisation.teams(any())).willReturn(List.of(team("Inbound")));
        given(organisation.routingRules(any()))
                .willReturn(List.of(new AdminApi.RoutingRule(
                        RULE,
                        1,
                        "Enterprise DE",
                        List.of("enterprise"),
                        List.of("DE"),
                        List.of(),
                        List.of(),
                        500,
                        null,
                        TEAM,
                        null)));

        String page = page(asAdmin(get("/admin/routing")));
        assertThat(page)
                .contains(
                        "id=\"create-rule\"",
                        "id=\"delete-rule-" + RULE + "\"",
                        "hx-confirm=\"Delete the rule Enterprise DE?\"");
        assertThat(page).contains("segments: enterprise", "countries: DE", "Inbound");

        page(asAdmin(post("/admin/routing"))
                .param("name", "SMB")
                .param("segments", "smb")
                .header("HX-Request", "true"));
        ArgumentCaptor<SalesOrganisationUseCase.RuleFields> rule =
                ArgumentCaptor.forClass(SalesOrganisationUseCase.RuleFields.class);
        Mockito.verify(organisation).defineRoutingRule(any(), rule.capture());
        assertThat(rule.getValue().name()).isEqualTo("SMB");
        assertThat(rule.getValue().segments()).isEqualTo("smb");

        page(asAdmin(delete("/admin/routing/{id}", RULE)).header("HX-Request", "true"));
        Mockito.verify(organisation).deleteRoutingRule(any(), eq(RULE));
    }

    @Test
    void sla_policies_are_edited_per_priority() throws Exception {
        given(organisation.slaPolicies(any()))
                .willReturn(List.of(new AdminApi.SlaPolicy("hot", "PT15M", "PT8H", List.of(50, 80), true)));

        String page = page(asAdmin(get("/admin/sla")));
        assertThat(page).contains("id=\"sla-hot\"", "value=\"PT15M\"", "value=\"50, 80\"", "checked");

        page(asAdmin(post("/admin/sla/{priority}", "hot"))
                .param("acceptWithin", "PT10M")
                .param("decideWithin", "PT4H")
                .param("remindAtPercent", "50")
                .header("HX-Request", "true"));
        Mockito.verify(organisation).setSlaPolicy(any(), eq("hot"), eq("PT10M"), eq("PT4H"), eq("50"), eq(false));
    }

    @Test
    void managers_and_reps_get_403_on_every_admin_page() throws Exception {
        for (String role : List.of("sales_manager", "sales_rep", "marketing")) {
            for (String path : List.of("/admin/teams", "/admin/reps", "/admin/routing", "/admin/sla")) {
                mvc.perform(get(path)
                                .header(GatewayTokens.HEADER, GatewayTokens.of("someone@example.com", role))
                                .header("Authorization", "Bearer t"))
                        .andExpect(status().isForbidden());
            }
        }
        Mockito.verifyNoInteractions(organisation);
    }

    private static AdminApi.Team team(String name) {
        Map<String, String> hours = new LinkedHashMap<>();
        hours.put("MONDAY", "09:00-17:00");
        return new AdminApi.Team(
                TEAM,
                name,
                "boss@example.com",
                "Europe/Berlin",
                hours,
                List.of("2026-12-25"),
                "https://hooks.slack.com/services/T/B/x");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return SignedIn.as("it@example.com", "admin", request);
    }
}
