package io.leadflow.handoff.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.OutcomeConflictException;
import io.leadflow.handoff.application.port.in.RecordOutcomeCommand;
import io.leadflow.handoff.application.port.in.RecordOutcomeUseCase;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(HandoffWebMapperImpl.class)
@WebMvcTest(OutcomeController.class)
class OutcomeControllerTest {

    private static final String ID = "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RecordOutcomeUseCase recordOutcome;

    private static HandoffView at(String status, String stage) {
        return new HandoffView(
                UUID.fromString(ID),
                UUID.randomUUID(),
                status,
                stage,
                null,
                null,
                null,
                Instant.parse("2026-11-02T09:00:00Z"),
                null,
                80,
                false,
                List.of(),
                null,
                null,
                null);
    }

    @Test
    void a_rep_records_a_won_deal_and_gets_the_hand_off_at_won() throws Exception {
        given(recordOutcome.recordOutcome(any())).willReturn(at("WON", "WON"));

        mvc.perform(post("/api/v1/handoffs/" + ID + "/outcome")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "won", "amount": 21000.5, "currency": "usd"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("WON"));

        ArgumentCaptor<RecordOutcomeCommand> command = ArgumentCaptor.forClass(RecordOutcomeCommand.class);
        verify(recordOutcome).recordOutcome(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue().outcome().kind())
                .isEqualTo(OutcomeKind.WON);
        org.assertj.core.api.Assertions.assertThat(command.getValue().outcome().currency())
                .isEqualTo("USD");
        org.assertj.core.api.Assertions.assertThat(command.getValue().actor().user())
                .isEqualTo("anna@seller.example");
    }

    @Test
    void a_lost_deal_reads_its_reason_from_the_list() throws Exception {
        given(recordOutcome.recordOutcome(any())).willReturn(at("LOST", "LOST"));

        mvc.perform(post("/api/v1/handoffs/" + ID + "/outcome")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "lost", "lostReason": "no-budget"}"""))
                .andExpect(status().isOk());

        ArgumentCaptor<RecordOutcomeCommand> command = ArgumentCaptor.forClass(RecordOutcomeCommand.class);
        verify(recordOutcome).recordOutcome(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue().outcome().lostReason())
                .isEqualTo(LostReason.NO_BUDGET);
    }

    @Test
    void a_reason_outside_the_list_is_a_400_naming_the_field_and_changes_nothing() throws Exception {
        mvc.perform(post("/api/v1/handoffs/" + ID + "/outcome")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "lost", "lostReason": "bad <b>vibes</b>"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lostReason"))
                .andExpect(jsonPath("$.errors[0].rule").value("lostReason.unknown"));
        verifyNoInteractions(recordOutcome);
    }

    @Test
    void a_won_deal_without_amount_is_a_400_naming_amount() throws Exception {
        mvc.perform(post("/api/v1/handoffs/" + ID + "/outcome")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "won"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        verifyNoInteractions(recordOutcome);
    }

    @Test
    void another_outcome_than_the_recorded_one_is_a_409_naming_the_field() throws Exception {
        given(recordOutcome.recordOutcome(any()))
                .willThrow(new OutcomeConflictException("amount", "amount.conflict", "already won at 10 EUR"));

        mvc.perform(post("/api/v1/handoffs/" + ID + "/outcome")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "won", "amount": 11}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("amount"))
                .andExpect(jsonPath("$.rule").value("amount.conflict"));
    }
}
