package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RejectHandoffCommand;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandoffDecisionsTest {

    private final HandoffFixture app = new HandoffFixture();
    private final LeadId lead = LeadId.newId();
    private RepView anna;
    private HandoffId handoff;

    @BeforeEach
    void a_lead_is_assigned_to_anna() {
        anna = app.rep("Anna", true);
        app.assignHandoff.assignHandoff(qualified(lead));
        handoff = new HandoffId(
                app.findHandoff.findHandoffsOfLead(lead).getFirst().id());
    }

    @Test
    void only_the_rep_holding_a_hand_off_or_an_admin_sees_it_and_to_a_colleague_it_does_not_exist() {
        app.rep("Ben", true);
        Actor annaHerself = new Actor("anna@seller.example", Set.of("sales_rep"));
        Actor colleague = new Actor("ben@seller.example", Set.of("sales_rep"));
        Actor admin = new Actor("it@seller.example", Set.of("admin"));

        assertThat(app.findHandoff.findHandoffsOfLead(lead, annaHerself))
                .singleElement()
                .satisfies(view -> assertThat(view.rep().name()).isEqualTo(anna.name()));
        assertThat(app.findHandoff.findHandoff(handoff, admin).id()).isEqualTo(handoff.value());
        assertThat(app.findHandoff.findHandoffsOfLead(lead, colleague)).isEmpty();
        assertThatThrownBy(() -> app.findHandoff.findHandoff(handoff, colleague))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void accepting_moves_the_lead_to_sal_and_announces_the_stage_change() {
        HandoffView view = app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(handoff));

        assertThat(view.status()).isEqualTo("ACCEPTED");
        assertThat(view.stage()).isEqualTo("SAL");
        assertThat(app.events.published).singleElement().isInstanceOfSatisfying(LeadStageChangedEvent.class, e -> {
            assertThat(e.from()).isEqualTo(LifecycleStage.MQL);
            assertThat(e.to()).isEqualTo(LifecycleStage.SAL);
            assertThat(e.actor()).isEqualTo("handoff-service");
            assertThat(e.metadata().lead()).isEqualTo(lead);
            assertThat(e.metadata().correlationId()).isEqualTo("corr-1");
        });
    }

    @Test
    void rejecting_hands_the_lead_back_with_reason_note_and_rep_and_moves_it_to_rejected() {
        HandoffView view = app.rejectHandoff.rejectHandoff(
                new RejectHandoffCommand(handoff, RejectionReason.TIMING, "call back in Q2"));

        assertThat(view.status()).isEqualTo("REJECTED");
        assertThat(view.rejection().reason()).isEqualTo("TIMING");
        assertThat(app.events.published).hasSize(2);
        assertThat(app.events.published.get(0)).isInstanceOfSatisfying(LeadRejectedEvent.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectionReason.TIMING);
            assertThat(e.note()).isEqualTo("call back in Q2");
            assertThat(e.rejectedBy()).isEqualTo(anna.id().toString());
            assertThat(e.metadata().lead()).isEqualTo(lead);
        });
        assertThat(app.events.published.get(1)).isInstanceOfSatisfying(LeadStageChangedEvent.class, e -> {
            assertThat(e.from()).isEqualTo(LifecycleStage.MQL);
            assertThat(e.to()).isEqualTo(LifecycleStage.REJECTED);
            assertThat(e.reason()).isEqualTo("TIMING");
            assertThat(e.actor()).isEqualTo("handoff-service");
        });
    }

    @Test
    void rejecting_after_accepting_moves_the_lead_from_sal_to_rejected() {
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(handoff));

        app.rejectHandoff.rejectHandoff(new RejectHandoffCommand(handoff, RejectionReason.NO_BUDGET, null));

        assertThat(app.events.published.getLast())
                .isInstanceOfSatisfying(
                        LeadStageChangedEvent.class, e -> assertThat(e.from()).isEqualTo(LifecycleStage.SAL));
    }

    @Test
    void a_repeated_decision_answers_the_same_and_a_contrary_one_is_refused_both_publishing_nothing() {
        app.rejectHandoff.rejectHandoff(new RejectHandoffCommand(handoff, RejectionReason.TIMING, null));
        int published = app.events.published.size();

        assertThat(app.rejectHandoff
                        .rejectHandoff(new RejectHandoffCommand(handoff, RejectionReason.TIMING, null))
                        .status())
                .isEqualTo("REJECTED");
        assertThatThrownBy(() -> app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(handoff)))
                .isInstanceOf(HandoffDecisionRefusedException.class);
        assertThat(app.events.published).hasSize(published);
        assertThat(app.findHandoff.findHandoff(handoff).status()).isEqualTo("REJECTED");
    }

    @Test
    void deciding_an_unknown_handoff_is_not_found() {
        assertThatThrownBy(() -> app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(HandoffId.newId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.events.published).isEmpty();
    }
}
