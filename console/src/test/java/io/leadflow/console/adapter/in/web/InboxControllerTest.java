package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffContact;
import io.leadflow.console.application.HandoffSla;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.in.FindInboxQuery;
import io.leadflow.support.testing.GatewayTokens;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(InboxController.class)
class InboxControllerTest {

    private static final UUID HANDOFF = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindInboxQuery inbox;

    @Test
    void shows_the_reps_open_hand_offs_with_score_and_reasons() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of(entry("Visited pricing 3 times")));

        String page = page(asRep(get("/inbox")));

        assertThat(page)
                .contains("My open hand-offs", LEAD.toString(), ">87<", "Visited pricing 3 times", "rep@example.com");
        assertThat(page).contains("2026-12-05 09:30 UTC");
    }

    @Test
    void asks_for_the_callers_inbox_with_the_token_the_gateway_relayed() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of());

        page(asRep(get("/inbox")));

        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        Mockito.verify(inbox).findInbox(caller.capture());
        assertThat(caller.getValue().email()).isEqualTo("rep@example.com");
        assertThat(caller.getValue().roles()).isEqualTo(Set.of("sales_rep"));
        assertThat(caller.getValue().accessToken()).isEqualTo("relayed-token");
    }

    @Test
    void hostile_values_render_as_text_never_as_markup() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of(entry("<script>alert(1)</script>")));

        String page = page(asRep(get("/inbox")));

        assertThat(page).doesNotContain("<script>alert(1)</script>");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void an_empty_inbox_says_what_happens_next() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of());

        assertThat(page(asRep(get("/inbox")))).contains("No open hand-offs").doesNotContain("<table");
    }

    @Test
    void every_page_carries_a_strict_content_security_policy_without_unsafe_inline() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of());

        String policy = mvc.perform(asRep(get("/inbox")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void the_page_has_no_inline_script_or_style() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of(entry("a reason")));

        String page = page(asRep(get("/inbox")));

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", "style=", "onclick");
    }

    @Test
    void the_polled_fragment_is_only_the_list() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of(entry("a reason")));

        String fragment = page(asRep(get("/inbox")).header("HX-Request", "true"));

        assertThat(fragment).contains("id=\"entries\"", "a reason").doesNotContain("<html", "<header");
    }

    @Test
    void a_request_that_did_not_come_through_the_gateway_is_refused() throws Exception {
        mvc.perform(get("/inbox").header("Authorization", "Bearer t")).andExpect(status().isUnauthorized());
        mvc.perform(get("/inbox").header(GatewayTokens.HEADER, GatewayTokens.of("rep@example.com", "sales_rep")))
                .andExpect(status().isUnauthorized());
        Mockito.verifyNoInteractions(inbox);
    }

    @Test
    void forged_identity_headers_without_the_gateways_token_are_refused() throws Exception {
        mvc.perform(get("/inbox")
                        .header("X-LeadFlow-User", "rep@example.com")
                        .header("X-LeadFlow-Roles", "sales_rep,admin")
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(get("/admin")
                        .header("X-LeadFlow-User", "admin@example.com")
                        .header("X-LeadFlow-Roles", "admin")
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isUnauthorized());
        Mockito.verifyNoInteractions(inbox);
    }

    @Test
    void a_caller_token_the_gateway_did_not_sign_for_the_console_is_refused() throws Exception {
        var rep = GatewayTokens.token().user("rep@example.com").roles("sales_rep");
        for (String token : List.of(
                rep.signedByAStranger().sign(),
                rep.audience("scoring-service").sign(),
                rep.issuer("someone-else").sign(),
                rep.expiresAt(Instant.now().minusSeconds(120)).sign(),
                "not-a-token")) {
            mvc.perform(get("/inbox").header(GatewayTokens.HEADER, token).header("Authorization", "Bearer t"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        Mockito.verifyNoInteractions(inbox);
    }

    @Test
    void changes_from_the_page_carry_the_gateways_csrf_token() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of());

        String page =
                page(asRep(get("/inbox")).cookie(new Cookie("XSRF-TOKEN", "3f1c2a9e-54b7-4c1e-9d2a-7e8f90a1b2c3")));

        assertThat(page)
                .contains(
                        "hx-headers=\"{&quot;X-XSRF-TOKEN&quot;: &quot;3f1c2a9e-54b7-4c1e-9d2a-7e8f90a1b2c3&quot;}\"");
    }

    @Test
    void a_csrf_cookie_that_is_no_plain_token_is_not_echoed_into_the_page() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of());

        String page = page(asRep(get("/inbox")).cookie(new Cookie("XSRF-TOKEN", "x\"onload=alert(1)")));

        assertThat(page).doesNotContain("onload").contains("hx-headers=\"{}\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static MockHttpServletRequestBuilder asRep(MockHttpServletRequestBuilder request) {
        return SignedIn.as("rep@example.com", "sales_rep", request);
    }

    private static InboxEntry entry(String reason) {
        return new InboxEntry(
                HANDOFF, LEAD, "ASSIGNED", 87, false, Instant.parse("2026-12-05T09:30:00Z"), List.of(reason));
    }

    @Test
    void a_page_a_role_may_not_use_is_not_offered_and_answers_403_when_typed_in() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of());

        String repPage = page(asRep(get("/inbox")));
        assertThat(repPage).contains("href=\"/inbox\"").doesNotContain("href=\"/admin\"", "href=\"/leads\"");

        String refused = mvc.perform(get("/inbox")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("marketer@example.com", "marketing"))
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .as("the refused page keeps the menu of the roles the person has")
                .contains("Inbox is not open to your roles.", "href=\"/leads\"", "marketer@example.com")
                .doesNotContain("href=\"/inbox\"");
        Mockito.verify(inbox, Mockito.times(1)).findInbox(any());
    }

    @Test
    void each_row_names_the_lead_and_company_shows_score_grade_and_sla_time_left_and_links_to_the_hand_off()
            throws Exception {
        given(inbox.findInbox(any()))
                .willReturn(List.of(
                        rich(
                                "Jane Doe",
                                "Acme",
                                new HandoffSla("accept", Instant.parse("2026-12-05T10:00:00Z"), 1500L, true, false)),
                        rich(
                                "<script>alert(1)</script>",
                                "<script>alert(1)</script>",
                                new HandoffSla("decide", Instant.parse("2026-12-05T08:00:00Z"), -600L, true, true))));

        String page = page(asRep(get("/inbox")));

        assertThat(page)
                .contains("Jane Doe", "Acme", "jane@acme.example", "grade A", ">87<")
                .contains("25 min left", "to accept", "(reminded)", "sla-reminded")
                .contains("overdue by 10 min", "to qualify or reject", "sla-breached")
                .contains("href=\"/handoffs/" + HANDOFF + "\"", "href=\"/handoffs/new\"");
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static InboxEntry rich(String name, String company, HandoffSla sla) {
        return new InboxEntry(
                HANDOFF,
                LEAD,
                "ASSIGNED",
                87,
                false,
                Instant.parse("2026-12-05T09:30:00Z"),
                List.of("Visited pricing"),
                new HandoffContact(name, "jane@acme.example", company),
                "A",
                sla,
                "Rita <Rep>");
    }

    @Test
    void a_manager_sees_who_holds_each_of_the_teams_hand_offs() throws Exception {
        given(inbox.findInbox(any())).willReturn(List.of(rich("Jane Doe", "Acme", HandoffSla.NONE)));

        String managers = page(get("/inbox")
                .header(GatewayTokens.HEADER, GatewayTokens.of("boss@example.com", "sales_manager"))
                .header("Authorization", "Bearer t"));
        String reps = page(asRep(get("/inbox")));

        assertThat(managers).contains("held by Rita &lt;Rep&gt;", "no deadline");
        assertThat(reps).doesNotContain("held by");
    }
}
