package io.leadflow.handoff.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.DefineRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.DefineRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.DeleteRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.FindRoutingRuleQuery;
import io.leadflow.handoff.application.port.in.FindSlaPolicyQuery;
import io.leadflow.handoff.application.port.in.FindTeamQuery;
import io.leadflow.handoff.application.port.in.RegisterTeamCommand;
import io.leadflow.handoff.application.port.in.RegisterTeamUseCase;
import io.leadflow.handoff.application.port.in.RepDetailsView;
import io.leadflow.handoff.application.port.in.RoutingRuleView;
import io.leadflow.handoff.application.port.in.SetSlaPolicyCommand;
import io.leadflow.handoff.application.port.in.SetSlaPolicyUseCase;
import io.leadflow.handoff.application.port.in.SlaPolicyView;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase;
import io.leadflow.handoff.application.port.in.UpdateTeamUseCase;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@Import({SalesOrganisationWebMapperImpl.class, SignedInByDefault.class})
@WebMvcTest({SalesOrganisationController.class, ReportController.class})
class SalesOrganisationControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RegisterTeamUseCase registerTeam;

    @MockitoBean
    private UpdateTeamUseCase updateTeam;

    @MockitoBean
    private FindTeamQuery findTeam;

    @MockitoBean
    private UpdateRepDetailsUseCase updateRepDetails;

    @MockitoBean
    private DefineRoutingRuleUseCase defineRoutingRule;

    @MockitoBean
    private DeleteRoutingRuleUseCase deleteRoutingRule;

    @MockitoBean
    private FindRoutingRuleQuery findRoutingRule;

    @MockitoBean
    private SetSlaPolicyUseCase setSlaPolicy;

    @MockitoBean
    private FindSlaPolicyQuery findSlaPolicy;

    @MockitoBean
    private FindReportsQuery reports;

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void a_team_in_an_unknown_time_zone_is_a_400_naming_the_time_zone() throws Exception {
        send(
                        post("/api/v1/teams"),
                        "{\"name\":\"DACH\",\"manager\":\"boss@seller.example\",\"timeZone\":\"Mars/Olympus\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("timeZone"));
        verifyNoInteractions(registerTeam);
    }

    @Test
    void working_hours_that_end_before_they_start_are_a_400() throws Exception {
        send(
                        post("/api/v1/teams"),
                        "{\"name\":\"DACH\",\"manager\":\"boss@seller.example\","
                                + "\"workingHours\":{\"MONDAY\":\"17:00-09:00\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("workingHours.order"));
    }

    @Test
    void a_holiday_that_is_not_a_date_is_a_400_naming_holidays() throws Exception {
        send(
                        post("/api/v1/teams"),
                        "{\"name\":\"DACH\",\"manager\":\"boss@seller.example\"," + "\"holidays\":[\"christmas\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("holidays"));
    }

    @Test
    void updating_a_team_with_a_broken_manager_address_is_a_400_and_changes_nothing() throws Exception {
        send(put("/api/v1/teams/0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c"), "{\"name\":\"DACH\",\"manager\":\"boss\"}")
                .andExpect(status().isBadRequest());
        verifyNoInteractions(updateTeam);
    }

    @Test
    void a_routing_rule_without_a_team_is_a_400_naming_the_team() throws Exception {
        send(post("/api/v1/routing-rules"), "{\"name\":\"dach\",\"countries\":[\"DE\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("teamId"));
    }

    @Test
    void an_sla_policy_with_a_duration_that_does_not_parse_is_a_400() throws Exception {
        send(put("/api/v1/sla-policies/hot"), "{\"acceptWithin\":\"15 minutes\",\"decideWithin\":\"PT8H\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("acceptWithin"));
        send(put("/api/v1/sla-policies/lukewarm"), "{\"acceptWithin\":\"PT15M\",\"decideWithin\":\"PT8H\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("priority"));
    }

    @Test
    void a_rep_capacity_of_zero_or_a_huge_number_is_a_400_not_a_500() throws Exception {
        send(put("/api/v1/reps/0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c"), "{\"capacity\":99999999999999}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_registered_team_is_201_with_its_calendar_by_weekday_name_and_an_empty_slack_url() throws Exception {
        UUID id = UUID.randomUUID();
        given(registerTeam.registerTeam(any())).willAnswer(call -> {
            RegisterTeamCommand c = call.getArgument(0);
            return new TeamView(
                    id,
                    c.name(),
                    c.manager().value(),
                    c.calendar().zone(),
                    Map.of(DayOfWeek.MONDAY, "09:00-17:00"),
                    List.of(LocalDate.parse("2026-12-25")),
                    null);
        });

        send(
                        post("/api/v1/teams"),
                        "{\"name\":\"DACH\",\"manager\":\"boss@seller.example\",\"timeZone\":\"Europe/Berlin\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/teams/" + id))
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.manager").value("boss@seller.example"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.workingHours.MONDAY").value("09:00-17:00"))
                .andExpect(jsonPath("$.holidays[0]").value("2026-12-25"))
                .andExpect(jsonPath("$.slackWebhookUrl").value(""));
    }

    @Test
    void a_routing_rule_answers_its_teams_as_objects_holding_their_id() throws Exception {
        UUID team = UUID.randomUUID();
        given(defineRoutingRule.defineRoutingRule(any())).willAnswer(call -> {
            DefineRoutingRuleCommand c = call.getArgument(0);
            return new RoutingRuleView(
                    UUID.randomUUID(),
                    c.position(),
                    c.name(),
                    Set.of(),
                    Set.of("DE"),
                    null,
                    null,
                    Set.of(),
                    Set.of(),
                    c.team().value(),
                    null);
        });

        send(post("/api/v1/routing-rules"), "{\"name\":\"dach\",\"countries\":[\"DE\"],\"teamId\":\"" + team + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(0))
                .andExpect(jsonPath("$.countries[0]").value("DE"))
                .andExpect(jsonPath("$.team.value").value(team.toString()))
                .andExpect(jsonPath("$.secondTierTeam").doesNotExist());
    }

    @Test
    void an_sla_policy_answers_its_priority_in_lower_case_and_its_windows_as_iso_durations() throws Exception {
        given(setSlaPolicy.setSlaPolicy(any())).willAnswer(call -> {
            SetSlaPolicyCommand c = call.getArgument(0);
            return new SlaPolicyView(
                    c.priority(), c.acceptWithin(), c.decideWithin(), c.remindAtPercent(), c.reassignOnBreach());
        });

        send(
                        put("/api/v1/sla-policies/HOT"),
                        "{\"acceptWithin\":\"PT15M\",\"decideWithin\":\"PT8H\",\"remindAtPercent\":[80,50]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value("hot"))
                .andExpect(jsonPath("$.acceptWithin").value("PT15M"))
                .andExpect(jsonPath("$.remindAtPercent[0]").value(50))
                .andExpect(jsonPath("$.reassignOnBreach").value(true));
    }

    @Test
    void changing_a_rep_passes_only_the_fields_sent_and_answers_the_reps_details() throws Exception {
        UUID rep = UUID.randomUUID();
        given(updateRepDetails.updateRepDetails(any())).willAnswer(call -> {
            UpdateRepDetailsCommand c = call.getArgument(0);
            assertThat(c.name()).isNull();
            assertThat(c.teamId()).isNull();
            return new RepDetailsView(
                    c.id().value(),
                    "Rita",
                    "rita@seller.example",
                    null,
                    null,
                    Set.of(),
                    Set.of(),
                    c.capacity(),
                    1,
                    ZoneId.of("Europe/Berlin"),
                    "09:00-17:00",
                    true);
        });

        send(put("/api/v1/reps/" + rep), "{\"capacity\":12}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(rep.toString()))
                .andExpect(jsonPath("$.capacity").value(12))
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.workingHours").value("09:00-17:00"))
                .andExpect(jsonPath("$.teamId").isEmpty());
    }

    @Test
    void a_report_period_that_is_not_an_instant_is_a_400_naming_from() throws Exception {
        mvc.perform(get("/api/v1/reports/sla").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }
}
