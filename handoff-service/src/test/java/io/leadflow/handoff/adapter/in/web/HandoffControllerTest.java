package io.leadflow.handoff.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.DisqualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.FindInboxQuery;
import io.leadflow.handoff.application.port.in.FindWaitingHandoffsQuery;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.PassHandoffUseCase;
import io.leadflow.handoff.application.port.in.QualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

@Import(HandoffWebMapperImpl.class)
@WebMvcTest(HandoffController.class)
class HandoffControllerTest {

    private static final String ID = "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FindHandoffQuery findHandoff;

    @MockitoBean
    private AcceptHandoffUseCase acceptHandoff;

    @MockitoBean
    private RejectHandoffUseCase rejectHandoff;

    @MockitoBean
    private QualifyHandoffUseCase qualifyHandoff;

    @MockitoBean
    private DisqualifyHandoffUseCase disqualifyHandoff;

    @MockitoBean
    private PassHandoffUseCase passHandoff;

    @MockitoBean
    private FindInboxQuery inbox;

    @MockitoBean
    private RegisterSalesLeadUseCase salesLeads;

    @MockitoBean
    private FindWaitingHandoffsQuery waiting;

    @Test
    void a_manager_lists_the_handoffs_waiting_for_a_rep_with_why_they_wait() throws Exception {
        UUID lead = UUID.randomUUID();
        given(waiting.findWaitingHandoffs(any()))
                .willReturn(List.of(new HandoffView(
                        UUID.fromString(ID),
                        lead,
                        "UNASSIGNED",
                        "MQL",
                        null,
                        null,
                        "no sales rep was available",
                        Instant.parse("2026-11-02T09:00:00Z"),
                        null,
                        91,
                        true,
                        List.of("demo requested"),
                        null,
                        null,
                        null)));

        mvc.perform(get("/api/v1/handoffs")
                        .param("assignee", "none")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("boss@seller.example", "sales_manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ID))
                .andExpect(jsonPath("$[0].status").value("UNASSIGNED"))
                .andExpect(jsonPath("$[0].score").value(91))
                .andExpect(jsonPath("$[0].assignmentNote").value("no sales rep was available"));
    }

    @Test
    void a_rep_asking_for_the_handoffs_waiting_for_a_rep_is_a_403_problem() throws Exception {
        given(waiting.findWaitingHandoffs(any())).willThrow(new NotAllowedException("not a manager"));

        mvc.perform(get("/api/v1/handoffs")
                        .param("assignee", "none")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", "sales_rep")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/not-allowed"));
    }

    @Test
    void an_unknown_assignee_or_a_closed_status_for_waiting_handoffs_is_a_400_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/handoffs")
                        .param("assignee", "someone")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("boss@seller.example", "sales_manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("assignee"));
        mvc.perform(get("/api/v1/handoffs")
                        .param("assignee", "none")
                        .param("status", "all")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("boss@seller.example", "sales_manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        verifyNoInteractions(waiting);
    }

    @Test
    void an_unknown_rejection_reason_is_a_400_naming_the_field_reason() throws Exception {
        mvc.perform(post("/api/v1/handoffs/{id}/reject", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", ""))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"too_expensive\",\"note\":\"maybe later\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/invalid-field"))
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.rule").value("reason.unknown"));
        verifyNoInteractions(rejectHandoff);
    }

    @Test
    void a_note_with_a_nul_character_is_a_400_naming_the_note_not_a_500() throws Exception {
        mvc.perform(post("/api/v1/handoffs/{id}/reject", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", ""))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"timing\",\"note\":\"call \\u0000back\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("note"))
                .andExpect(jsonPath("$.rule").value("text.nul"));
        verifyNoInteractions(rejectHandoff);
    }

    @Test
    void a_rejection_without_a_body_is_a_400() throws Exception {
        mvc.perform(post("/api/v1/handoffs/{id}/reject", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void a_handoff_id_that_is_not_a_uuid_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/v1/handoffs/{id}", "not-a-uuid").header(GatewayTokens.HEADER, GatewayTokens.anyone()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
        mvc.perform(post("/api/v1/handoffs/{id}/accept", "42")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
    }

    @Test
    void an_unknown_handoff_is_a_404_problem() throws Exception {
        given(findHandoff.findHandoff(any(), any())).willThrow(new NotFoundException("hand-off", ID));

        mvc.perform(get("/api/v1/handoffs/{id}", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/not-found"))
                .andExpect(jsonPath("$.id").value(ID));
    }

    @Test
    void a_decision_without_the_callers_identity_is_a_401_problem_and_decides_nothing() throws Exception {
        mvc.perform(post("/api/v1/handoffs/{id}/accept", ID))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/unauthenticated"))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/unauthenticated"));
        org.mockito.Mockito.verifyNoInteractions(acceptHandoff);
    }

    @Test
    void a_decision_by_someone_else_than_the_assignee_or_their_manager_is_a_403_problem() throws Exception {
        given(acceptHandoff.acceptHandoff(any()))
                .willThrow(new io.leadflow.handoff.application.port.in.NotAllowedException("not yours"));

        mvc.perform(post("/api/v1/handoffs/{id}/accept", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("other@seller.example", "sales_rep")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/not-allowed"));
    }

    @Test
    void a_qualification_without_an_amount_is_a_400_naming_the_amount() throws Exception {
        mvc.perform(post("/api/v1/handoffs/{id}/qualify", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", ""))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"budget":"approved","authority":"CFO","need":"CRM","timeline":"Q1"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
    }

    @Test
    void the_inbox_needs_the_callers_identity() throws Exception {
        mvc.perform(get("/api/v1/handoffs").param("assignee", "me").param("status", "open"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_second_decision_is_a_409_problem() throws Exception {
        given(acceptHandoff.acceptHandoff(any()))
                .willThrow(new HandoffDecisionRefusedException(
                        new HandoffId(UUID.fromString(ID)), HandoffStatus.REJECTED, "accepted"));

        mvc.perform(post("/api/v1/handoffs/{id}/accept", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/handoff-decision-refused"))
                .andExpect(jsonPath("$.status").value("REJECTED"));
    }

    @Test
    void a_database_that_cannot_be_reached_answers_503_with_retry_after_as_a_problem_not_a_bare_500() throws Exception {
        given(acceptHandoff.acceptHandoff(any()))
                .willThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));

        mvc.perform(post("/api/v1/handoffs/{id}/accept", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", "")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/service-unavailable"))
                .andExpect(jsonPath("$.service").value("handoff-service"));
    }

    @Test
    void listing_needs_a_lead_id_that_is_a_uuid() throws Exception {
        mvc.perform(get("/api/v1/handoffs").header(GatewayTokens.HEADER, GatewayTokens.anyone()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("leadId"));
        mvc.perform(get("/api/v1/handoffs")
                        .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                        .param("leadId", "lead-7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("leadId.format"));
    }

    @Test
    void reading_a_handoff_without_the_callers_identity_is_a_401_problem() throws Exception {
        mvc.perform(get("/api/v1/handoffs/{id}", ID)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/handoffs").param("leadId", UUID.randomUUID().toString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_unassigned_handoff_says_why_it_has_no_rep() throws Exception {
        UUID lead = UUID.randomUUID();
        given(findHandoff.findHandoffsOfLead(any(), any()))
                .willReturn(List.of(new HandoffView(
                        UUID.fromString(ID),
                        lead,
                        "UNASSIGNED",
                        "MQL",
                        null,
                        null,
                        "no sales rep was available",
                        Instant.parse("2026-11-02T09:00:00Z"),
                        null,
                        70,
                        false,
                        List.of("score 70"),
                        null,
                        null,
                        null)));

        mvc.perform(get("/api/v1/handoffs")
                        .param("leadId", lead.toString())
                        .header(GatewayTokens.HEADER, GatewayTokens.of("it@seller.example", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("UNASSIGNED"))
                .andExpect(jsonPath("$[0].assignmentNote").value("no sales rep was available"))
                .andExpect(jsonPath("$[0].createdAt").value("2026-11-02T09:00:00Z"));
    }

    @Test
    void a_handoff_shows_the_running_deadline_whether_it_was_reminded_or_missed_and_whom_to_call() throws Exception {
        given(findHandoff.findHandoff(any(), any()))
                .willReturn(new HandoffView(
                        UUID.fromString(ID),
                        UUID.randomUUID(),
                        "ASSIGNED",
                        "MQL",
                        new HandoffView.Rep(UUID.randomUUID(), "Rita", "rep@seller.example"),
                        "dach",
                        null,
                        Instant.parse("2026-11-02T09:00:00Z"),
                        Instant.parse("2026-11-02T09:00:00Z"),
                        88,
                        true,
                        List.of("demo requested"),
                        null,
                        null,
                        null,
                        null,
                        Instant.parse("2026-11-02T09:15:00Z"),
                        540L,
                        true,
                        false,
                        new HandoffView.Contact("Jane Doe", "jane@acme.example", "Acme")));

        mvc.perform(get("/api/v1/handoffs/{id}", ID)
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@seller.example", "sales_rep")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slaDueAt").value("2026-11-02T09:15:00Z"))
                .andExpect(jsonPath("$.slaBusinessSecondsLeft").value(540))
                .andExpect(jsonPath("$.slaReminded").value(true))
                .andExpect(jsonPath("$.slaBreached").value(false))
                .andExpect(jsonPath("$.contact.name").value("Jane Doe"))
                .andExpect(jsonPath("$.contact.email").value("jane@acme.example"))
                .andExpect(jsonPath("$.contact.company").value("Acme"));
    }
}
