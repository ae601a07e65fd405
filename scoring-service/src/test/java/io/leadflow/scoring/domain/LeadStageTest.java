package io.leadflow.scoring.domain;

import static io.leadflow.kernel.EngagementType.DEMO_REQUESTED;
import static io.leadflow.kernel.LifecycleStage.MQL;
import static io.leadflow.kernel.LifecycleStage.NEW;
import static io.leadflow.kernel.LifecycleStage.NURTURING;
import static io.leadflow.kernel.LifecycleStage.RECYCLED;
import static io.leadflow.kernel.LifecycleStage.REJECTED;
import static io.leadflow.kernel.LifecycleStage.SAL;
import static io.leadflow.kernel.LifecycleStage.SQL;
import static io.leadflow.scoring.domain.LeadScores.NOW;
import static io.leadflow.scoring.domain.LeadScores.aMove;
import static io.leadflow.scoring.domain.LeadScores.aNewLead;
import static io.leadflow.scoring.domain.LeadScores.anEngagement;
import static io.leadflow.scoring.domain.LeadScores.recycledByNurturing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeadStageTest {

    @Test
    void the_stage_is_where_the_latest_move_led_whatever_the_arrival_order() {
        List<StageChange> moves = List.of(
                aMove(NEW, MQL, NOW.minusSeconds(40)),
                aMove(MQL, SAL, NOW.minusSeconds(30)),
                aMove(SAL, SQL, NOW.minusSeconds(20)));
        Random random = new Random(7L);
        for (int round = 0; round < 20; round++) {
            List<StageChange> shuffled = new ArrayList<>(moves);
            Collections.shuffle(shuffled, random);
            LeadScore lead = aNewLead();
            shuffled.forEach(move -> lead.recordStageChange(move, NOW));

            assertThat(lead.stage()).isEqualTo(SQL);
            assertThat(lead.timeline()).containsExactlyElementsOf(moves);
        }
    }

    @Test
    void the_same_move_arriving_twice_is_on_the_timeline_once() {
        LeadScore lead = aNewLead();
        StageChange move = aMove(NEW, SAL, NOW.minusSeconds(5));

        assertThat(lead.recordStageChange(move, NOW)).isTrue();
        assertThat(lead.recordStageChange(move, NOW)).isFalse();

        assertThat(lead.timeline()).containsExactly(move);
    }

    @Test
    void a_lead_that_sales_took_without_scoring_is_not_qualified_by_a_later_buying_signal() {
        LeadScore lead = aNewLead();
        lead.recordStageChange(aMove(NEW, SAL, NOW.minusSeconds(5)), NOW);

        lead.record(anEngagement(DEMO_REQUESTED), NOW);

        assertThat(lead.stage()).isEqualTo(SAL);
        assertThat(lead.pullEvents()).noneMatch(LeadQualified.class::isInstance);
    }

    @Test
    void scorings_own_move_comes_after_a_move_whose_clock_ran_ahead() {
        LeadScore lead = aNewLead();
        recycledByNurturing(lead);
        lead.recordStageChange(aMove(NURTURING, RECYCLED, NOW.plusSeconds(2)), NOW);

        lead.recycle("re-engaged", NOW);

        assertThat(lead.stage()).isEqualTo(MQL);
        assertThat(lead.timeline().getLast().occurredAt()).isAfter(NOW.plusSeconds(2));
    }

    @Test
    void a_recycled_lead_becomes_an_mql_again_with_a_reason_saying_so() {
        LeadScore lead = aNewLead();
        recycledByNurturing(lead);

        Recycling recycling = lead.recycle("pricing page visited twice", NOW);

        assertThat(recycling).isEqualTo(Recycling.REQUALIFIED);
        assertThat(lead.stage()).isEqualTo(MQL);
        LeadQualified qualified = (LeadQualified) lead.pullEvents().getLast();
        assertThat(qualified.fastTrack()).isFalse();
        assertThat(qualified.reasons()).first().asString().startsWith("Recycled from nurturing");
        assertThat(qualified.stageChange()).extracting(StageChange::from, StageChange::to)
                .containsExactly(RECYCLED, MQL);
    }

    @Test
    void a_recycle_that_arrives_before_the_move_to_recycled_waits_for_it() {
        LeadScore lead = aNewLead();
        lead.recordStageChange(aMove(NEW, MQL, NOW.minusSeconds(50)), NOW);
        lead.recordStageChange(aMove(MQL, REJECTED, NOW.minusSeconds(40)), NOW);
        lead.recordStageChange(aMove(REJECTED, NURTURING, NOW.minusSeconds(30)), NOW);

        assertThat(lead.recycle("re-engaged", NOW)).isEqualTo(Recycling.AWAITING_STAGE);
        assertThat(lead.pullEvents()).isEmpty();

        lead.recordStageChange(aMove(NURTURING, RECYCLED, NOW.minusSeconds(20)), NOW);

        assertThat(lead.stage()).isEqualTo(MQL);
        assertThat(lead.pendingRecycle()).isEmpty();
        assertThat(lead.pullEvents()).singleElement().isInstanceOf(LeadQualified.class);
    }

    @Test
    void a_recycle_for_a_lead_in_another_stage_changes_nothing() {
        LeadScore lead = aNewLead();
        lead.recordStageChange(aMove(NEW, SAL, NOW.minusSeconds(5)), NOW);

        assertThat(lead.recycle("re-engaged", NOW)).isEqualTo(Recycling.NOT_APPLICABLE);

        assertThat(lead.stage()).isEqualTo(SAL);
        assertThat(lead.pullEvents()).isEmpty();
    }
}
