package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.LeadDetail;
import io.leadflow.console.application.LeadEvent;
import io.leadflow.console.application.LeadEvents;
import io.leadflow.console.application.LeadList;
import io.leadflow.console.application.LeadSummary;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.port.in.FindLeadQuery;
import io.leadflow.console.application.port.in.FindLeadsQuery;
import io.leadflow.console.application.port.in.LeadFilter;
import io.leadflow.console.application.port.in.LeadOverview;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
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

@WebMvcTest(LeadController.class)
class LeadControllerTest {

    static final String HOSTILE = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final Instant AT = Instant.parse("2026-12-05T09:30:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindLeadsQuery leads;

    @MockitoBean
    FindLeadQuery lead;

    @Test
    void marketing_sees_the_leads_with_company_score_grade_and_channel_each_linking_to_its_page() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(120, 0, summary("jane@acme.com", "ACME")));

        String page = page(asMarketer(get("/leads")));

        assertThat(page)
                .contains("id=\"lead-search\"", "id=\"leads\"", "jane@acme.com", "ACME", ">87<", ">A1<", "WEBINAR")
                .contains("href=\"/leads/" + LEAD + "\"")
                .contains("Leads 1–50 of 120");
    }

    @Test
    void passes_the_filters_as_typed_to_the_query_and_keeps_them_in_the_form() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(0, 0));

        String page = page(asMarketer(get("/leads"))
                .param("q", " acme ")
                .param("stage", "MQL")
                .param("grade", "B")
                .param("segment", "dach")
                .param("channel", "WEBINAR")
                .param("minScore", "40")
                .param("maxScore", "90")
                .param("needsData", "true")
                .param("sort", "updatedAt")
                .param("direction", "asc")
                .param("page", "2"));

        ArgumentCaptor<LeadFilter> filter = ArgumentCaptor.forClass(LeadFilter.class);
        Mockito.verify(leads).findLeads(any(), filter.capture());
        assertThat(filter.getValue())
                .isEqualTo(new LeadFilter(
                        "acme", "MQL", "B", "dach", "WEBINAR", "40", "90", "true", "updatedAt", "asc", 2));
        assertThat(page)
                .contains("value=\"acme\"", "value=\"dach\"", "value=\"40\"", "value=\"90\"")
                .contains("<option value=\"MQL\" selected=\"selected\">MQL</option>")
                .contains("<label for=\"needsData\">Only leads waiting for data</label>")
                .containsPattern("id=\"needsData\"[^>]*checked=\"checked\"");
    }

    @Test
    void page_links_keep_the_filters_and_sort_and_update_the_results_in_place() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(500, 3, summary("a@b.com", "B")));

        String page = page(asMarketer(get("/leads"))
                .param("q", "jane+x@acme.com")
                .param("stage", "MQL")
                .param("page", "3"));

        String third = "/leads?q=jane%2Bx%40acme.com&amp;stage=MQL&amp;sort=score&amp;direction=desc&amp;page=2";
        assertThat(page)
                .contains("id=\"lead-pages\"", "href=\"" + third + "\"", "hx-get=\"" + third + "\"")
                .contains("aria-current=\"page\">4<", ">10<", "Previous", "Next")
                .contains("hx-push-url=\"true\"", "hx-target=\"#results\"");
        assertThat(page)
                .contains("href=\"/leads?q=jane%2Bx%40acme.com&amp;stage=MQL&amp;sort=score&amp;direction=asc\"");
    }

    @Test
    void hostile_names_and_companies_render_as_text_never_as_markup() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(1, 0, summary(HOSTILE, HOSTILE)));

        String page = page(asMarketer(get("/leads")).param("q", HOSTILE).param("segment", "\"><b>x</b>"));

        assertThat(page).doesNotContain(HOSTILE).doesNotContain("<b>x</b>").contains(ESCAPED);
    }

    @Test
    void an_htmx_search_answers_only_the_results_and_a_history_restore_the_whole_page() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(1, 0, summary("jane@acme.com", "ACME")));

        String fragment = page(asMarketer(get("/leads")).header("HX-Request", "true"));
        assertThat(fragment).contains("id=\"results\"", "jane@acme.com").doesNotContain("<html", "lead-search");

        String restored = page(
                asMarketer(get("/leads")).header("HX-Request", "true").header("HX-History-Restore-Request", "true"));
        assertThat(restored).contains("<html", "id=\"lead-search\"");
    }

    @Test
    void an_empty_list_says_what_to_do_next() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(0, 0));

        assertThat(page(asMarketer(get("/leads"))))
                .contains("No scored leads yet", "import contacts")
                .doesNotContain("id=\"leads\"");
        assertThat(page(asMarketer(get("/leads")).param("stage", "WON")))
                .contains("No lead matches these filters", "Show all leads");
    }

    @Test
    void a_filter_the_api_refuses_shows_the_apis_words_in_the_problem_area() throws Exception {
        given(leads.findLeads(any(), any()))
                .willThrow(new ApiRefusal(400, "maxScore must not be below minScore", Map.of("maxScore", "range")));

        String answer = mvc.perform(asMarketer(get("/leads"))
                        .param("minScore", "60")
                        .param("maxScore", "10")
                        .header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer).contains("maxScore must not be below minScore");
    }

    @Test
    void the_lead_page_shows_every_models_score_with_why_the_stage_moves_events_and_profile() throws Exception {
        given(lead.findLead(any(), any())).willReturn(overview("Jane", "ACME", "Demo requested (+50)"));

        String page = page(asMarketer(get("/leads/" + LEAD)));

        assertThat(page)
                .contains("<title>Jane Doe · LeadFlow</title>", "id=\"lead-scores\"", "default v3", "lead's segment")
                .contains("Score 80 = fit 30 (grade A) + engagement 50 (grade 1)", "Demo requested (+50)")
                .contains("predictive v1", "Score 41 = fit 20 (grade B) + engagement 25 (grade 2), scale cap -4")
                .contains("Qualified by rule", "NEW → MQL", "fast track", "(by scoring-service)")
                .contains("id=\"events\"", "FORM_SUBMITTED", "The newest 1 of 7")
                .contains("company.name", "ACME", "WEBINAR, source google, campaign spring");
        assertThat(page)
                .contains("id=\"lead-account\"", "hx-post=\"/leads/" + LEAD + "/account\"")
                .contains("<label for=\"lead-account-input\">", "id=\"match-account\"")
                .contains(
                        "hx-post=\"/leads/" + LEAD + "/account/match\"",
                        "href=\"/accounts\" id=\"lead-account-search\"");
    }

    @Test
    void a_lead_waiting_for_data_says_which_attributes_are_missing_and_that_it_qualifies_once_they_arrive()
            throws Exception {
        LeadOverview waiting = overview("Jane", "ACME", "Demo requested (+50)");
        LeadDetail detail = waiting.lead();
        given(lead.findLead(any(), any()))
                .willReturn(new LeadOverview(
                        new LeadDetail(
                                detail.id(),
                                "NEW",
                                detail.email(),
                                detail.profile(),
                                detail.firstTouch(),
                                null,
                                List.of(),
                                detail.scores(),
                                List.of(),
                                List.of("jobTitle", "company.industry"),
                                "named-leads"),
                        waiting.events()));

        String page = page(asMarketer(get("/leads/" + LEAD)));

        assertThat(page)
                .contains("id=\"needs-data\"", "Waiting for data", "the model named-leads")
                .contains("It becomes an MQL as soon as these arrive")
                .contains("<code>jobTitle</code>", "<code>company.industry</code>");
    }

    @Test
    void the_published_likelihood_and_its_top_reasons_show_next_to_the_rules_score_escaped() throws Exception {
        LeadDetail d = overview("Jane", "ACME", "Demo requested (+50)").lead();
        given(lead.findLead(any(), any()))
                .willReturn(new LeadOverview(
                        new LeadDetail(
                                d.id(),
                                d.stage(),
                                d.email(),
                                d.profile(),
                                d.firstTouch(),
                                d.qualifiedAt(),
                                d.qualification(),
                                d.scores(),
                                d.timeline(),
                                d.needsData(),
                                null,
                                null,
                                null,
                                null,
                                List.of(new LeadDetail.Likelihood(
                                        "win-rate",
                                        3,
                                        72,
                                        List.of(
                                                "Demo requested 1 time: +0.93",
                                                "Profile title " + HOSTILE + ": -0.07")))),
                        new LeadEvents(List.of(), 0)));

        String page = page(asMarketer(get("/leads/" + LEAD)));

        assertThat(page)
                .contains("id=\"lead-likelihoods\"", "72 %", "under the predictive model win-rate v3")
                .contains("Demo requested 1 time: +0.93", "Profile title " + ESCAPED + ": -0.07")
                .contains("Score 80 = fit 30")
                .doesNotContain(HOSTILE);
    }

    @Test
    void without_a_published_predictive_model_the_lead_page_shows_no_likelihood() throws Exception {
        given(lead.findLead(any(), any())).willReturn(overview("Jane", "ACME", "reason"));

        assertThat(page(asMarketer(get("/leads/" + LEAD)))).doesNotContain("lead-likelihoods");
    }

    @Test
    void a_person_who_unsubscribed_and_objected_to_profiling_is_shown_so_with_the_dates() throws Exception {
        LeadDetail detail = overview("Jane", "ACME", "Demo requested (+50)").lead();
        given(lead.findLead(any(), any()))
                .willReturn(new LeadOverview(
                        new LeadDetail(
                                detail.id(),
                                "NEW",
                                detail.email(),
                                detail.profile(),
                                detail.firstTouch(),
                                null,
                                List.of(),
                                detail.scores(),
                                List.of(),
                                List.of(),
                                null,
                                null,
                                null,
                                new LeadDetail.Consent(
                                        true,
                                        Instant.parse("2026-11-03T08:00:00Z"),
                                        "unsubscribed",
                                        true,
                                        Instant.parse("2026-11-04T09:30:00Z")),
                                List.of()),
                        new LeadEvents(List.of(), 0)));

        String page = page(asMarketer(get("/leads/" + LEAD)));

        assertThat(page)
                .contains("id=\"lead-consent\"", "No marketing contact:", "the person unsubscribed")
                .contains("2026-11-03T08:00:00Z", "Objected to profiling on", "2026-11-04T09:30:00Z")
                .contains("the score is not used to qualify or hand this person over");
    }

    @Test
    void a_lead_without_a_consent_signal_shows_no_consent_section() throws Exception {
        given(lead.findLead(any(), any())).willReturn(overview("Jane", "ACME", "Demo requested (+50)"));

        assertThat(page(asMarketer(get("/leads/" + LEAD)))).doesNotContain("id=\"lead-consent\"");
    }

    @Test
    void a_lead_waiting_for_nothing_shows_no_needs_data_section() throws Exception {
        given(lead.findLead(any(), any())).willReturn(overview("Jane", "ACME", "Demo requested (+50)"));

        assertThat(page(asMarketer(get("/leads/" + LEAD)))).doesNotContain("id=\"needs-data\"");
    }

    @Test
    void the_list_marks_a_lead_waiting_for_data_with_what_it_needs() throws Exception {
        given(leads.findLeads(any(), any()))
                .willReturn(list(
                        2,
                        0,
                        new LeadSummary(
                                LEAD,
                                "kim@named.example",
                                "Named",
                                "NEW",
                                60,
                                "A1",
                                "all",
                                "WEBINAR",
                                AT,
                                AT,
                                List.of("jobTitle")),
                        summary("jane@acme.com", "ACME")));

        String page = page(asMarketer(get("/leads")));

        assertThat(page)
                .contains("class=\"badge-needs-data\"", ">needs jobTitle<", "Qualifies as soon as it has jobTitle");
        assertThat(page.split("class=\"badge-needs-data\"", -1)).hasSize(2);
    }

    @Test
    void hostile_profile_values_explanations_and_titles_render_as_text() throws Exception {
        given(lead.findLead(any(), any())).willReturn(overview(HOSTILE, HOSTILE, HOSTILE));

        String page = page(asMarketer(get("/leads/" + LEAD)));

        assertThat(page).doesNotContain(HOSTILE).contains("<title>" + ESCAPED + " Doe · LeadFlow</title>");
    }

    @Test
    void the_lead_page_links_the_account_scoring_names_with_its_name_escaped() throws Exception {
        UUID account = UUID.fromString("0a0a0a0a-0000-4000-8000-000000000001");
        LeadOverview plain = overview("Jane", "ACME", "reason");
        LeadDetail d = plain.lead();
        LeadDetail withAccount = new LeadDetail(
                d.id(),
                d.stage(),
                d.email(),
                d.profile(),
                d.firstTouch(),
                d.qualifiedAt(),
                d.qualification(),
                d.scores(),
                d.timeline(),
                d.needsData(),
                d.needsDataModel(),
                account,
                HOSTILE);
        given(lead.findLead(any(), any())).willReturn(new LeadOverview(withAccount, plain.events()));

        String page = page(asMarketer(get("/leads/" + LEAD)));

        assertThat(page).contains("id=\"lead-account-link\" href=\"/accounts/" + account + "\"");
        assertThat(page).doesNotContain(HOSTILE).contains(ESCAPED);
    }

    @Test
    void a_lead_without_an_account_shows_no_account_link() throws Exception {
        given(lead.findLead(any(), any())).willReturn(overview("Jane", "ACME", "reason"));

        assertThat(page(asMarketer(get("/leads/" + LEAD)))).doesNotContain("id=\"lead-account-link\"");
    }

    @Test
    void a_lead_id_that_is_no_id_is_not_found_without_asking_the_api() throws Exception {
        mvc.perform(asMarketer(get("/leads/not-a-lead"))).andExpect(status().isNotFound());
        Mockito.verifyNoInteractions(lead);
    }

    @Test
    void other_roles_get_403_for_the_list_and_the_lead_page() throws Exception {
        mvc.perform(asRep(get("/leads"))).andExpect(status().isForbidden());
        mvc.perform(asRep(get("/leads/" + LEAD))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(leads, lead);
    }

    @Test
    void an_admin_may_use_the_leads_pages() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(0, 0));

        mvc.perform(get("/leads")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("admin@example.com", "admin"))
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isOk());
    }

    @Test
    void the_pages_have_no_inline_script_or_style() throws Exception {
        given(leads.findLeads(any(), any())).willReturn(list(1, 0, summary("a@b.com", "B")));
        given(lead.findLead(any(), any())).willReturn(overview("Jane", "ACME", "reason"));

        for (String page : List.of(page(asMarketer(get("/leads"))), page(asMarketer(get("/leads/" + LEAD))))) {
            assertThat(page)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContain("<style", "style=", "onclick", "onchange");
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    static MockHttpServletRequestBuilder asMarketer(MockHttpServletRequestBuilder request) {
        return request.header(GatewayTokens.HEADER, GatewayTokens.of("marketer@example.com", "marketing"))
                .header("Authorization", "Bearer relayed-token");
    }

    static MockHttpServletRequestBuilder asRep(MockHttpServletRequestBuilder request) {
        return request.header(GatewayTokens.HEADER, GatewayTokens.of("rep@example.com", "sales_rep"))
                .header("Authorization", "Bearer relayed-token");
    }

    private static LeadSummary summary(String email, String company) {
        return new LeadSummary(LEAD, email, company, "MQL", 87, "A1", "all", "WEBINAR", AT, AT, List.of());
    }

    private static LeadList list(long total, int page, LeadSummary... rows) {
        return new LeadList(List.of(rows), new ListPaging(page, LeadFilter.SIZE, total));
    }

    private static LeadOverview overview(String firstName, String company, String reason) {
        LeadDetail detail = new LeadDetail(
                LEAD,
                "MQL",
                "jane@acme.com",
                Map.of("firstName", firstName, "lastName", "Doe", "company.name", company),
                new LeadDetail.FirstTouch("WEBINAR", "google", "spring", AT),
                AT,
                List.of("Qualified by rule", reason),
                List.of(
                        new LeadDetail.ModelScore("default", 3, "all", true, 80, 30, "A", 50, 1, 0, List.of(reason)),
                        new LeadDetail.ModelScore(
                                "predictive", 1, "dach", false, 41, 20, "B", 25, 2, -4, List.of("Fit (+20)"))),
                List.of(new LeadDetail.StageMove("NEW", "MQL", "fast track", "scoring-service", AT)),
                List.of(),
                null);
        LeadEvents events = new LeadEvents(
                List.of(new LeadEvent(UUID.randomUUID(), "FORM_SUBMITTED", AT, "WEBSITE", null, null)), 7);
        return new LeadOverview(detail, events);
    }
}
