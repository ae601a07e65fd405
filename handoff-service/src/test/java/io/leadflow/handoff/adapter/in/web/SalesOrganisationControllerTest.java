package io.leadflow.handoff.adapter.in.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.ManageSalesOrganisationUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest({SalesOrganisationController.class, ReportController.class})
class SalesOrganisationControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ManageSalesOrganisationUseCase organisation;

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
        verifyNoInteractions(organisation);
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
        verifyNoInteractions(organisation);
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
    void a_report_period_that_is_not_an_instant_is_a_400_naming_from() throws Exception {
        mvc.perform(get("/api/v1/reports/sla").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }
}
