package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.LeadControllerTest.ESCAPED;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.HOSTILE;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asMarketer;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.RejectedLead;
import io.leadflow.console.application.RejectedLeadList;
import io.leadflow.console.application.port.in.ExportRejectedLeadsQuery;
import io.leadflow.console.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.console.application.port.in.RejectedLeadFilter;
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

@WebMvcTest(RejectedLeadController.class)
class RejectedLeadControllerTest {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindRejectedLeadsQuery rejected;

    @MockitoBean
    ExportRejectedLeadsQuery export;

    @Test
    void marketing_sees_who_rejected_which_lead_why_and_onto_which_track() throws Exception {
        given(rejected.findRejectedLeads(any(), any())).willReturn(list(3, 0, rejection("Call in Q3")));

        String page = page(asMarketer(get("/rejected")));

        assertThat(page)
                .contains("id=\"rejected-leads\"", "id=\"rejected-filter\"", LEAD.toString(), "no_budget")
                .contains("rep@example.com", "Call in Q3", "Re-engage", "enrolled", "2026-11-02 10:00")
                .contains("href=\"/leads/" + LEAD + "\"")
                .contains("<option value=\"re-engage\">Re-engage</option>");
    }

    @Test
    void passes_the_filters_to_nurturing_and_offers_the_same_filter_as_csv() throws Exception {
        given(rejected.findRejectedLeads(any(), any())).willReturn(list(0, 0));

        String page = page(asMarketer(get("/rejected"))
                .param("reason", "no_budget")
                .param("rep", "rep@example.com")
                .param("from", "2026-11-01")
                .param("to", "2026-12-01")
                .param("track", "re-engage")
                .param("page", "1"));

        ArgumentCaptor<RejectedLeadFilter> filter = ArgumentCaptor.forClass(RejectedLeadFilter.class);
        Mockito.verify(rejected).findRejectedLeads(any(), filter.capture());
        assertThat(filter.getValue())
                .isEqualTo(new RejectedLeadFilter(
                        "no_budget", "rep@example.com", "2026-11-01", "2026-12-01", "re-engage", 1));
        assertThat(page)
                .contains("id=\"download-csv\"")
                .contains("href=\"/rejected.csv?reason=no_budget&amp;rep=rep%40example.com&amp;from=2026-11-01"
                        + "&amp;to=2026-12-01&amp;track=re-engage\"")
                .contains("<option value=\"no_budget\" selected=\"selected\">no_budget</option>")
                .contains("No rejected lead matches these filters");
    }

    @Test
    void pages_of_nurturing_are_linked_with_the_filter() throws Exception {
        given(rejected.findRejectedLeads(any(), any())).willReturn(list(120, 0, rejection("n")));

        String page = page(asMarketer(get("/rejected")).param("reason", "timing"));

        assertThat(page)
                .contains("id=\"rejected-pages\"", "href=\"/rejected?reason=timing&amp;page=1\"", ">3<", "Next")
                .contains("Rejected leads 1–50 of 120");
    }

    @Test
    void the_csv_download_is_nurturings_export_as_an_attachment() throws Exception {
        given(export.exportRejectedLeads(any(), any())).willReturn("lead_id,reason\r\n" + LEAD + ",timing\r\n");

        mvc.perform(asMarketer(get("/rejected.csv")).param("reason", "timing").param("page", "4"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"rejected-leads.csv\""))
                .andExpect(content().string("lead_id,reason\r\n" + LEAD + ",timing\r\n"));

        ArgumentCaptor<RejectedLeadFilter> filter = ArgumentCaptor.forClass(RejectedLeadFilter.class);
        Mockito.verify(export).exportRejectedLeads(any(), filter.capture());
        assertThat(filter.getValue().filters()).isEqualTo(Map.of("reason", "timing"));
    }

    @Test
    void hostile_notes_and_track_names_render_as_text() throws Exception {
        given(rejected.findRejectedLeads(any(), any())).willReturn(list(1, 0, rejection(HOSTILE)));

        String page = page(asMarketer(get("/rejected")).param("rep", HOSTILE));

        assertThat(page).doesNotContain(HOSTILE).contains(ESCAPED);
    }

    @Test
    void an_empty_list_says_what_happens_next() throws Exception {
        given(rejected.findRejectedLeads(any(), any())).willReturn(list(0, 0));

        assertThat(page(asMarketer(get("/rejected"))))
                .contains("Sales has rejected no lead yet")
                .doesNotContain("id=\"rejected-leads\"");
    }

    @Test
    void other_roles_get_403_for_the_list_and_the_download() throws Exception {
        mvc.perform(asRep(get("/rejected"))).andExpect(status().isForbidden());
        mvc.perform(asRep(get("/rejected.csv"))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(rejected, export);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static RejectedLead rejection(String note) {
        return new RejectedLead(
                LEAD,
                "no_budget",
                note,
                "rep@example.com",
                "re-engage",
                note.equals(HOSTILE) ? HOSTILE : "Re-engage",
                "enrolled",
                Instant.parse("2026-11-02T10:00:00Z"));
    }

    private static RejectedLeadList list(long total, int page, RejectedLead... leads) {
        return new RejectedLeadList(
                List.of(leads), new ListPaging(page, RejectedLeadFilter.SIZE, total), Map.of("re-engage", "Re-engage"));
    }
}
