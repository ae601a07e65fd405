package io.leadflow.scoring.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.LeadView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LeadController.class)
class LeadControllerTest {

    private static final LeadId LEAD = LeadId.parse("7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d");
    private static final Instant QUALIFIED = Instant.parse("2026-11-02T10:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FindLeadQuery findLead;

    @Test
    void shows_a_lead_with_its_stage_score_reasons_and_timeline() throws Exception {
        given(findLead.findLead(LEAD)).willReturn(new LeadView(LEAD, LifecycleStage.MQL, 50, "default", 1,
                List.of("Demo requested (+50)"), "jane@acme.com", QUALIFIED,
                List.of(new LeadView.TimelineEntry(LifecycleStage.NEW, LifecycleStage.MQL,
                        "fast-track: demo requested", "scoring-service", QUALIFIED))));

        mvc.perform(get("/api/v1/leads/{leadId}", LEAD.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadId").value(LEAD.toString()))
                .andExpect(jsonPath("$.stage").value("MQL"))
                .andExpect(jsonPath("$.score").value(50))
                .andExpect(jsonPath("$.model").value("default"))
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.reasons[0]").value("Demo requested (+50)"))
                .andExpect(jsonPath("$.qualifiedAt").value("2026-11-02T10:00:00Z"))
                .andExpect(jsonPath("$.timeline[0].from").value("NEW"))
                .andExpect(jsonPath("$.timeline[0].to").value("MQL"))
                .andExpect(jsonPath("$.timeline[0].reason").value("fast-track: demo requested"))
                .andExpect(jsonPath("$.timeline[0].actor").value("scoring-service"))
                .andExpect(jsonPath("$.timeline[0].occurredAt").value("2026-11-02T10:00:00Z"));
    }

    @Test
    void answers_404_with_a_problem_for_a_lead_scoring_never_heard_of() throws Exception {
        given(findLead.findLead(LEAD)).willThrow(new LeadNotFoundException(LEAD));

        mvc.perform(get("/api/v1/leads/{leadId}", LEAD.toString()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/not-found"))
                .andExpect(jsonPath("$.leadId").value(LEAD.toString()));
    }

    @Test
    void answers_400_with_a_problem_naming_the_field_for_a_lead_id_that_is_not_a_uuid() throws Exception {
        mvc.perform(get("/api/v1/leads/{leadId}", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/invalid-field"))
                .andExpect(jsonPath("$.field").value("leadId"))
                .andExpect(jsonPath("$.rule").value("leadId.format"));
    }
}
