package io.leadflow.handoff.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.ReassignHandoffCommand;
import io.leadflow.handoff.application.port.in.ReassignHandoffUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityCommand;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
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
@WebMvcTest({HandoffReassignController.class, RepAvailabilityController.class})
class HandoffReassignControllerTest {

    private static final String ID = "00000000-0000-0000-0000-0000000000a1";
    private static final String BEN = "00000000-0000-0000-0000-0000000000c3";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReassignHandoffUseCase reassign;

    @MockitoBean
    private SetRepAvailabilityUseCase availability;

    @Test
    void the_manager_reassigns_and_gets_the_hand_off_in_the_new_reps_hands() throws Exception {
        given(reassign.reassignHandoff(any()))
                .willReturn(new HandoffView(
                        UUID.fromString(ID),
                        UUID.randomUUID(),
                        "ASSIGNED",
                        "MQL",
                        new HandoffView.Rep(UUID.fromString(BEN), "Ben", "ben@seller.example"),
                        "reassigned by boss@seller.example",
                        null,
                        Instant.parse("2026-11-02T09:00:00Z"),
                        Instant.parse("2026-11-02T10:00:00Z"),
                        80,
                        false,
                        List.of(),
                        null,
                        null,
                        null));

        mvc.perform(post("/api/v1/handoffs/{id}/reassign", ID)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"repId\":\"" + BEN + "\"}")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("Boss@seller.example", "sales_manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rep.email").value("ben@seller.example"))
                .andExpect(jsonPath("$.assignedBy").value("reassigned by boss@seller.example"));

        ArgumentCaptor<ReassignHandoffCommand> command = ArgumentCaptor.forClass(ReassignHandoffCommand.class);
        verify(reassign).reassignHandoff(command.capture());
        assertThat(command.getValue().toRep().value()).hasToString(BEN);
        assertThat(command.getValue().actor().user()).isEqualTo("boss@seller.example");
    }

    @Test
    void a_rep_is_403_and_a_missing_or_bad_rep_id_is_a_400_naming_repId() throws Exception {
        given(reassign.reassignHandoff(any())).willThrow(new NotAllowedException("only the manager"));
        mvc.perform(post("/api/v1/handoffs/{id}/reassign", ID)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"repId\":\"" + BEN + "\"}")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("anna@seller.example", "sales_rep")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/handoffs/{id}/reassign", ID)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"repId\":\"ben\"}")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("boss@seller.example", "sales_manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("repId"));
    }

    @Test
    void without_the_callers_identity_a_reassignment_is_401() throws Exception {
        mvc.perform(post("/api/v1/handoffs/{id}/reassign", ID)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"repId\":\"" + BEN + "\"}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(reassign);
    }

    @Test
    void the_manager_marks_a_rep_away_and_a_body_without_available_is_a_400() throws Exception {
        given(availability.setRepAvailability(any()))
                .willReturn(new RepView(
                        UUID.fromString(BEN),
                        "Ben",
                        "ben@seller.example",
                        null,
                        false,
                        null,
                        Instant.parse("2026-11-02T09:00:00Z"),
                        UUID.fromString(ID),
                        20,
                        1));

        mvc.perform(put("/api/v1/reps/{id}/availability", BEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\":false}")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("boss@seller.example", "sales_manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(false))
                .andExpect(jsonPath("$.teamId").value(ID))
                .andExpect(jsonPath("$.capacity").value(20));
        ArgumentCaptor<SetRepAvailabilityCommand> command = ArgumentCaptor.forClass(SetRepAvailabilityCommand.class);
        verify(availability).setRepAvailability(command.capture());
        assertThat(command.getValue().available()).isFalse();

        mvc.perform(put("/api/v1/reps/{id}/availability", BEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("boss@seller.example", "sales_manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("available"));
    }
}
