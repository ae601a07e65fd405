package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.HandoffContact;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffSla;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.port.in.DecideHandoffUseCase;
import io.leadflow.console.application.port.in.FindHandoffQuery;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.support.testing.GatewayTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(HandoffController.class)
class HandoffControllerTest {

    static final UUID HANDOFF = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final String HOSTILE = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindHandoffQuery handoffs;

    @MockitoBean
    DecideHandoffUseCase decisions;

    @Test
    void shows_why_whom_to_call_where_it_stands_and_the_timeline_newest_first() throws Exception {
        given(handoffs.findHandoff(any(), eq(HANDOFF))).willReturn(handoff("ASSIGNED", "Jane Doe", "Visited pricing"));
        given(handoffs.timelineOf(any(), eq(LEAD)))
                .willReturn(List.of(
                        new HandoffTimelineEvent("demo_request", "web", Instant.parse("2026-12-05T09:00:00Z")),
                        new HandoffTimelineEvent("email_open", "email", Instant.parse("2026-12-04T08:00:00Z"))));

        String page = page(asRep(get("/handoffs/{id}", HANDOFF)));

        assertThat(page)
                .contains("Jane Doe", "jane@acme.example", "Acme", "Visited pricing", ">87<", "fast track")
                .contains("id=\"handoff-status\"", ">ASSIGNED<", ">MQL<", "23 min left", "2026-12-05 10:15 UTC")
                .contains("demo_request", "2026-12-05 09:00 UTC", "email_open");
        assertThat(page.indexOf("demo_request")).isLessThan(page.indexOf("email_open"));
    }

    @Test
    void offers_only_the_actions_valid_in_the_status() throws Exception {
        given(handoffs.findHandoff(any(), eq(HANDOFF))).willReturn(handoff("ASSIGNED", "Jane", "r"));
        assertThat(page(asRep(get("/handoffs/{id}", HANDOFF))))
                .contains("id=\"accept\"", "id=\"reject-form\"", "id=\"disqualify-form\"")
                .doesNotContain("id=\"qualify-form\"", "id=\"pass-form\"");

        given(handoffs.findHandoff(any(), eq(HANDOFF))).willReturn(handoff("ACCEPTED", "Jane", "r"));
        assertThat(page(asRep(get("/handoffs/{id}", HANDOFF))))
                .contains("id=\"qualify-form\"", "id=\"pass-form\"", "id=\"reject-form\"", "id=\"disqualify-form\"")
                .contains("name=\"budget\"", "name=\"authority\"", "name=\"need\"", "name=\"timeline\"")
                .contains("name=\"amount\"", "name=\"currency\"", "value=\"no_budget\"", "value=\"not_a_buyer\"")
                .doesNotContain("id=\"accept\"");

        given(handoffs.findHandoff(any(), eq(HANDOFF))).willReturn(handoff("REJECTED", "Jane", "r"));
        assertThat(page(asRep(get("/handoffs/{id}", HANDOFF))))
                .contains("This hand-off is closed")
                .doesNotContain("id=\"accept\"", "id=\"qualify-form\"", "id=\"reject-form\"", "id=\"disqualify-form\"");
    }

    @Test
    void hostile_values_from_the_lead_and_its_timeline_render_as_text() throws Exception {
        given(handoffs.findHandoff(any(), eq(HANDOFF))).willReturn(handoff("ASSIGNED", HOSTILE, HOSTILE));
        given(handoffs.timelineOf(any(), eq(LEAD)))
                .willReturn(List.of(new HandoffTimelineEvent(HOSTILE, HOSTILE, null)));

        String page = page(asRep(get("/handoffs/{id}", HANDOFF)));

        assertThat(page).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=", "onclick");
    }

    @Test
    void accepting_asks_the_api_and_re_renders_only_the_status_area_with_the_next_actions() throws Exception {
        given(decisions.decide(any(), eq(HANDOFF), any())).willReturn(handoff("ACCEPTED", "Jane", "r"));

        String fragment = page(asRep(post("/handoffs/{id}/accept", HANDOFF)).header("HX-Request", "true"));

        Mockito.verify(decisions).decide(any(), eq(HANDOFF), eq(new HandoffDecision.Accept()));
        assertThat(fragment)
                .startsWith("<section id=\"handoff-status\"")
                .contains(">ACCEPTED<", "id=\"qualify-form\"")
                .doesNotContain("<html", "id=\"lead-timeline\"", "id=\"accept\"");
    }

    @Test
    void qualifying_sends_bant_and_the_amount() throws Exception {
        given(decisions.decide(any(), eq(HANDOFF), any())).willReturn(handoff("QUALIFIED", "Jane", "r"));

        String fragment = page(asRep(post("/handoffs/{id}/qualify", HANDOFF))
                .header("HX-Request", "true")
                .param("budget", "approved")
                .param("authority", "CFO")
                .param("need", "pipeline visibility")
                .param("timeline", "Q1")
                .param("amount", "25000.50")
                .param("currency", "EUR"));

        Mockito.verify(decisions)
                .decide(
                        any(),
                        eq(HANDOFF),
                        eq(new HandoffDecision.Qualify(
                                "approved", "CFO", "pipeline visibility", "Q1", new BigDecimal("25000.50"), "EUR")));
        assertThat(fragment).contains(">QUALIFIED<", ">SQL<");
    }

    @Test
    void rejecting_sends_the_reason_code_and_the_note() throws Exception {
        given(decisions.decide(any(), eq(HANDOFF), any())).willReturn(handoff("REJECTED", "Jane", "r"));

        page(asRep(post("/handoffs/{id}/reject", HANDOFF))
                .header("HX-Request", "true")
                .param("reason", "timing")
                .param("note", "call back in Q4"));

        Mockito.verify(decisions)
                .decide(any(), eq(HANDOFF), eq(new HandoffDecision.Reject("timing", "call back in Q4")));
    }

    @Test
    void passing_and_disqualifying_ask_the_api_for_those_actions() throws Exception {
        given(decisions.decide(any(), eq(HANDOFF), any())).willReturn(handoff("ACCEPTED", "Jane", "r"));

        page(asRep(post("/handoffs/{id}/pass", HANDOFF)).header("HX-Request", "true"));
        page(asRep(post("/handoffs/{id}/disqualify", HANDOFF))
                .header("HX-Request", "true")
                .param("reason", "a student"));

        Mockito.verify(decisions).decide(any(), eq(HANDOFF), eq(new HandoffDecision.Pass()));
        Mockito.verify(decisions).decide(any(), eq(HANDOFF), eq(new HandoffDecision.Disqualify("a student")));
    }

    @Test
    void a_refusal_by_the_api_shows_in_the_problem_area_in_its_words() throws Exception {
        given(decisions.decide(any(), eq(HANDOFF), any()))
                .willThrow(new ApiRefusal(409, "hand-off was already REJECTED, it cannot be accepted", Map.of()));

        var response = mvc.perform(asRep(post("/handoffs/{id}/accept", HANDOFF)).header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString()).contains("it cannot be accepted");
    }

    @Test
    void a_rejection_without_a_reason_is_refused_before_asking_the_api_and_the_field_is_named() throws Exception {
        String problem = mvc.perform(
                        asRep(post("/handoffs/{id}/reject", HANDOFF)).header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(problem).contains("reason");
        Mockito.verifyNoInteractions(decisions);
    }

    @Test
    void another_reps_hand_off_shows_the_refusal_and_nothing_of_the_lead() throws Exception {
        given(handoffs.findHandoff(any(), eq(HANDOFF)))
                .willThrow(new ApiRefusal(404, "no hand-off with id " + HANDOFF, Map.of()));

        String page = mvc.perform(asRep(get("/handoffs/{id}", HANDOFF)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("no hand-off with id").doesNotContain("handoff-status", "lead-timeline", "Acme");
        Mockito.verify(handoffs, Mockito.never()).timelineOf(any(), any());
    }

    @Test
    void a_path_that_is_no_hand_off_id_is_not_found_without_asking_the_api() throws Exception {
        mvc.perform(asRep(get("/handoffs/{id}", "x<y"))).andExpect(status().isNotFound());
        Mockito.verifyNoInteractions(handoffs);
    }

    @Test
    void other_roles_get_403_and_the_api_is_not_asked() throws Exception {
        mvc.perform(get("/handoffs/{id}", HANDOFF)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("marketer@example.com", "marketing"))
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/handoffs/{id}/accept", HANDOFF)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("marketer@example.com", "marketing"))
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(handoffs, decisions);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    static MockHttpServletRequestBuilder asRep(MockHttpServletRequestBuilder request) {
        return request.header(GatewayTokens.HEADER, GatewayTokens.of("rep@example.com", "sales_rep"))
                .header("Authorization", "Bearer relayed-token");
    }

    static HandoffDetail handoff(String status, String name, String reason) {
        String stage = switch (status) {
            case "ASSIGNED" -> "MQL";
            case "ACCEPTED" -> "SAL";
            case "QUALIFIED" -> "SQL";
            default -> status;
        };
        boolean running = status.equals("ASSIGNED") || status.equals("ACCEPTED");
        return new HandoffDetail(
                HANDOFF,
                LEAD,
                status,
                stage,
                87,
                true,
                List.of(reason),
                "A",
                "hot",
                new HandoffContact(name, "jane@acme.example", "Acme"),
                running
                        ? new HandoffSla(
                                status.equals("ASSIGNED") ? "accept" : "decide",
                                Instant.parse("2026-12-05T10:15:00Z"),
                                23 * 60L,
                                false,
                                false)
                        : HandoffSla.NONE,
                "Rita Rep",
                1,
                Instant.parse("2026-12-05T09:30:00Z"),
                null,
                status.equals("REJECTED") ? "TIMING" : null,
                null,
                null,
                null);
    }
}
