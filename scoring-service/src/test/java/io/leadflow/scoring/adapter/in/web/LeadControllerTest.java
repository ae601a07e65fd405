package io.leadflow.scoring.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
import io.leadflow.scoring.domain.Contribution;
import io.leadflow.scoring.domain.FitGrade;
import io.leadflow.scoring.domain.ModelScore;
import io.leadflow.scoring.domain.NeedsData;
import io.leadflow.scoring.domain.model.RuleCategory;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.Reason;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

@Import({SignedInByDefault.class, ScoringWebMapperImpl.class})
@WebMvcTest(LeadController.class)
class LeadControllerTest {

    private static final LeadId LEAD = LeadId.parse("7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d");
    private static final Instant QUALIFIED = Instant.parse("2026-11-02T10:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FindLeadQuery findLead;

    @MockitoBean
    private FindLeadsQuery findLeads;

    @MockitoBean
    private FindLeadLikelihoodQuery likelihoods;

    @Test
    void lists_leads_with_the_filters_it_was_given() throws Exception {
        given(findLeads.findLeads(
                        new LeadSearch(null, LifecycleStage.MQL, "all", "A1", 40, null, null, 1, 10, "score", true)))
                .willReturn(new LeadPage(
                        List.of(new LeadPage.Row(
                                LEAD.toString(),
                                "MQL",
                                "all",
                                "default",
                                1,
                                80,
                                "A",
                                1,
                                QUALIFIED,
                                QUALIFIED,
                                "jane@acme.com",
                                "ACME",
                                "WEBINAR",
                                List.of("jobTitle"))),
                        1,
                        10,
                        11));

        mvc.perform(get("/api/v1/leads?stage=mql&segment=all&grade=a1&minScore=40&page=1&size=10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(11))
                .andExpect(jsonPath("$.leads[0].leadId").value(LEAD.toString()))
                .andExpect(jsonPath("$.leads[0].score").value(80))
                .andExpect(jsonPath("$.leads[0].email").value("jane@acme.com"))
                .andExpect(jsonPath("$.leads[0].company").value("ACME"))
                .andExpect(jsonPath("$.leads[0].channel").value("WEBINAR"))
                .andExpect(jsonPath("$.leads[0].needsData[0]").value("jobTitle"));
    }

    @Test
    void searches_by_text_score_range_and_first_touch_channel() throws Exception {
        given(findLeads.findLeads(new LeadSearch(
                        "acme", null, null, null, 20, 60, Channel.PAID_SEARCH, 0, 50, "updatedAt", false)))
                .willReturn(new LeadPage(List.of(), 0, 50, 0));

        mvc.perform(
                        get("/api/v1/leads?minScore=20&maxScore=60&channel=paid-search&size=50&sort=updatedAt&direction=asc")
                                .param("q", " ACME "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.size").value(50));
    }

    @Test
    void empty_filters_from_a_form_filter_nothing() throws Exception {
        given(findLeads.findLeads(new LeadSearch(null, null, null, null, null, null, null, 0, 20, "score", true)))
                .willReturn(new LeadPage(List.of(), 0, 20, 7));

        mvc.perform(get("/api/v1/leads?q=&stage=&segment=&grade=&minScore=&maxScore=&channel="))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7));
    }

    @Test
    void lists_only_leads_waiting_for_data_when_asked_and_refuses_a_flag_that_is_not_true_or_false() throws Exception {
        given(findLeads.findLeads(new LeadSearch(null, null, null, null, null, null, null, 0, 20, "score", true, true)))
                .willReturn(new LeadPage(List.of(), 0, 20, 3));

        mvc.perform(get("/api/v1/leads?needsData=true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/leads?needsData=maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("needsData"));
    }

    @Test
    void refuses_a_score_range_upside_down_an_unknown_channel_or_a_text_too_short_or_too_long() throws Exception {
        mvc.perform(get("/api/v1/leads?minScore=60&maxScore=20"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("maxScore"));
        mvc.perform(get("/api/v1/leads?channel=carrier-pigeon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"));
        mvc.perform(get("/api/v1/leads").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/v1/leads").param("q", " hp "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/v1/leads?maxScore=lots"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("maxScore"));
    }

    @Test
    void refuses_a_lead_list_with_an_unknown_stage_or_a_page_size_out_of_range() throws Exception {
        mvc.perform(get("/api/v1/leads?stage=hot"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"));
        mvc.perform(get("/api/v1/leads?size=100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/v1/leads").param("segment", "a\u0000b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("segment"));
        mvc.perform(get("/api/v1/leads?minScore=99999999999999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("minScore"));
    }

    @Test
    void shows_a_lead_with_its_stage_score_reasons_and_timeline() throws Exception {
        ModelScore score = new ModelScore(
                "default",
                1,
                "all",
                0,
                true,
                QUALIFIED,
                50,
                0,
                50,
                0,
                FitGrade.B,
                2,
                List.of(new Contribution("demo-requested", RuleCategory.BEHAVIOUR, "Demo requested", 50, 1, List.of())),
                List.of());
        given(findLead.findLead(LEAD))
                .willReturn(new LeadView(
                        LEAD,
                        LifecycleStage.MQL,
                        List.of(score),
                        "jane@acme.com",
                        Map.of("company.name", "ACME", "jobTitle", "Head of IT"),
                        null,
                        QUALIFIED,
                        null,
                        List.of(new LeadView.TimelineEntry(
                                LifecycleStage.NEW,
                                LifecycleStage.MQL,
                                "fast-track: demo requested",
                                "scoring-service",
                                QUALIFIED)),
                        null));
        given(likelihoods.likelihoods(LEAD))
                .willReturn(List.of(new Likelihood(
                        "win-rate",
                        2,
                        73,
                        0.734,
                        List.of(new Reason(
                                "count:PRICING_PAGE_VISITED", "Pricing page visited 3 times: +0.18", 0.18)))));

        mvc.perform(get("/api/v1/leads/{leadId}", LEAD.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadId").value(LEAD.toString()))
                .andExpect(jsonPath("$.likelihoods[0].model").value("win-rate"))
                .andExpect(jsonPath("$.likelihoods[0].version").value(2))
                .andExpect(jsonPath("$.likelihoods[0].percent").value(73))
                .andExpect(jsonPath("$.likelihoods[0].reasons[0].text").value("Pricing page visited 3 times: +0.18"))
                .andExpect(jsonPath("$.stage").value("MQL"))
                .andExpect(jsonPath("$.score").value(50))
                .andExpect(jsonPath("$.model").value("default"))
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.reasons[0]").value("Demo requested (+50)"))
                .andExpect(jsonPath("$.fitGrade").value("B"))
                .andExpect(jsonPath("$.profile['company.name']").value("ACME"))
                .andExpect(jsonPath("$.profile.jobTitle").value("Head of IT"))
                .andExpect(jsonPath("$.scores[0].contributions[0].ruleId").value("demo-requested"))
                .andExpect(jsonPath("$.qualifiedAt").value("2026-11-02T10:00:00Z"))
                .andExpect(jsonPath("$.timeline[0].from").value("NEW"))
                .andExpect(jsonPath("$.timeline[0].to").value("MQL"))
                .andExpect(jsonPath("$.timeline[0].reason").value("fast-track: demo requested"))
                .andExpect(jsonPath("$.timeline[0].actor").value("scoring-service"))
                .andExpect(jsonPath("$.timeline[0].occurredAt").value("2026-11-02T10:00:00Z"))
                .andExpect(jsonPath("$.needsData").isEmpty());
    }

    @Test
    void shows_a_lead_above_the_threshold_that_waits_for_its_title_and_says_why() throws Exception {
        ModelScore score = new ModelScore(
                "strict",
                2,
                "all",
                0,
                true,
                QUALIFIED,
                60,
                10,
                50,
                0,
                FitGrade.B,
                2,
                List.of(new Contribution("demo-requested", RuleCategory.BEHAVIOUR, "Demo requested", 50, 1, List.of())),
                List.of());
        given(findLead.findLead(LEAD))
                .willReturn(new LeadView(
                        LEAD,
                        LifecycleStage.NEW,
                        List.of(score),
                        "jane@acme.com",
                        Map.of("company.name", "ACME"),
                        null,
                        null,
                        null,
                        List.of(),
                        new NeedsData("strict", 2, "Score 60 reached threshold 50", List.of("jobTitle"))));

        mvc.perform(get("/api/v1/leads/{leadId}", LEAD.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("NEW"))
                .andExpect(jsonPath("$.model").value("strict"))
                .andExpect(jsonPath("$.modelVersion").value(2))
                .andExpect(jsonPath("$.needsData.length()").value(1))
                .andExpect(jsonPath("$.needsData[0]").value("jobTitle"))
                .andExpect(
                        jsonPath("$.reasons[0]").value("Not an MQL yet: Score 60 reached threshold 50, needs jobTitle"))
                .andExpect(jsonPath("$.reasons[1]").value("Demo requested (+50)"))
                .andExpect(jsonPath("$.qualification").isEmpty());
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
    void a_database_that_cannot_be_reached_answers_503_with_retry_after_as_a_problem_not_a_bare_500() throws Exception {
        given(findLead.findLead(LEAD))
                .willThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));

        mvc.perform(get("/api/v1/leads/{leadId}", LEAD.toString()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/service-unavailable"))
                .andExpect(jsonPath("$.service").value("scoring-service"));
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
