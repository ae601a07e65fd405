package io.leadflow.scoring.application.service;

import static io.leadflow.kernel.LifecycleStage.MQL;
import static io.leadflow.kernel.LifecycleStage.NEW;
import static io.leadflow.kernel.LifecycleStage.NURTURING;
import static io.leadflow.kernel.LifecycleStage.RECYCLED;
import static io.leadflow.kernel.LifecycleStage.REJECTED;
import static io.leadflow.kernel.LifecycleStage.SAL;
import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static io.leadflow.scoring.application.service.ScoringFixture.aMove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.RecycleLeadCommand;
import io.leadflow.scoring.application.port.in.RecycleOutcome;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LifecycleServicesTest {

    private final ScoringFixture scoring = new ScoringFixture();
    private final LeadId lead = LeadId.newId();

    @Test
    void a_stage_change_from_another_service_starts_the_lead_and_sets_its_stage() {
        scoring.recordStageChange.recordStageChange(aMove(lead, NEW, SAL, 10));

        assertThat(scoring.findLead.findLead(lead).stage()).isEqualTo(SAL);
        assertThat(scoring.events.published()).isEmpty();
    }

    @Test
    void a_recycled_lead_is_moved_back_to_mql_with_a_qualification_that_says_it_was_recycled() {
        walkToRecycled(true);

        RecycleOutcome outcome = scoring.recycleLead.recycleLead(aRecycle());

        assertThat(outcome).isEqualTo(RecycleOutcome.REQUALIFIED);
        LeadStageChangedEvent moved = scoring.events.published(LeadStageChangedEvent.class).getFirst();
        assertThat(moved.from()).isEqualTo(RECYCLED);
        assertThat(moved.to()).isEqualTo(MQL);
        LeadQualifiedEvent qualified = scoring.events.published(LeadQualifiedEvent.class).getFirst();
        assertThat(qualified.fastTrack()).isFalse();
        assertThat(qualified.reasons()).anyMatch(reason -> reason.startsWith("Recycled from nurturing"));
        assertThat(scoring.findLead.findLead(lead).stage()).isEqualTo(MQL);
    }

    @Test
    void a_recycle_that_overtakes_the_move_to_recycled_is_applied_when_the_move_arrives() {
        walkToRecycled(false);

        assertThat(scoring.recycleLead.recycleLead(aRecycle())).isEqualTo(RecycleOutcome.AWAITING_STAGE);
        assertThat(scoring.events.published()).isEmpty();

        scoring.recordStageChange.recordStageChange(aMove(lead, NURTURING, RECYCLED, 10));

        assertThat(scoring.events.published(LeadQualifiedEvent.class)).hasSize(1);
        assertThat(scoring.findLead.findLead(lead).stage()).isEqualTo(MQL);
    }

    @Test
    void a_recycle_for_a_lead_sales_is_working_on_is_skipped() {
        scoring.recordStageChange.recordStageChange(aMove(lead, NEW, SAL, 10));

        assertThat(scoring.recycleLead.recycleLead(aRecycle())).isEqualTo(RecycleOutcome.NOT_APPLICABLE);

        assertThat(scoring.events.published()).isEmpty();
        assertThat(scoring.findLead.findLead(lead).stage()).isEqualTo(SAL);
    }

    @Test
    void a_redelivered_recycle_is_recognised() {
        walkToRecycled(true);
        RecycleLeadCommand recycle = aRecycle();
        scoring.recycleLead.recycleLead(recycle);
        scoring.events.clear();

        assertThat(scoring.recycleLead.recycleLead(recycle)).isEqualTo(RecycleOutcome.DUPLICATE);
        assertThat(scoring.events.published()).isEmpty();
    }

    @Test
    void a_lead_scoring_never_heard_of_is_not_found() {
        assertThatThrownBy(() -> scoring.findLead.findLead(lead)).isInstanceOf(LeadNotFoundException.class);
    }

    private void walkToRecycled(boolean includingRecycledMove) {
        scoring.recordStageChange.recordStageChange(aMove(lead, NEW, MQL, 50));
        scoring.recordStageChange.recordStageChange(aMove(lead, MQL, REJECTED, 40));
        scoring.recordStageChange.recordStageChange(aMove(lead, REJECTED, NURTURING, 30));
        if (includingRecycledMove) {
            scoring.recordStageChange.recordStageChange(aMove(lead, NURTURING, RECYCLED, 20));
        }
    }

    private RecycleLeadCommand aRecycle() {
        return new RecycleLeadCommand(UUID.randomUUID(), lead, "visited pricing twice", 1, NOW.minusSeconds(5),
                CORRELATION);
    }
}
