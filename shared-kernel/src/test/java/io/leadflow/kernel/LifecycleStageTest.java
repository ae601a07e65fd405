package io.leadflow.kernel;

import static io.leadflow.kernel.LifecycleStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleStageTest {

    @Test
    void the_main_path_goes_from_new_through_mql_sal_sql_to_a_won_opportunity() {
        LifecycleStage stage = NEW.moveTo(MQL, StageOwner.SCORING)
                .moveTo(SAL, StageOwner.HANDOFF)
                .moveTo(SQL, StageOwner.HANDOFF)
                .moveTo(OPPORTUNITY, StageOwner.HANDOFF)
                .moveTo(WON, StageOwner.HANDOFF);
        assertThat(stage).isEqualTo(WON);
    }

    @Test
    void a_rejected_lead_is_nurtured_recycled_and_qualifies_again() {
        LifecycleStage stage = MQL.moveTo(REJECTED, StageOwner.HANDOFF)
                .moveTo(NURTURING, StageOwner.NURTURING)
                .moveTo(RECYCLED, StageOwner.NURTURING)
                .moveTo(MQL, StageOwner.SCORING);
        assertThat(stage).isEqualTo(MQL);
    }

    @Test
    void sales_can_reject_at_mql_sal_or_sql_but_not_before_qualification() {
        assertThat(EnumSet.of(MQL, SAL, SQL)).allMatch(s -> s.canMoveTo(REJECTED));
        assertThat(NEW.canMoveTo(REJECTED)).isFalse();
    }

    @Test
    void a_sales_generated_lead_enters_at_sal() {
        assertThat(NEW.moveTo(SAL, StageOwner.HANDOFF)).isEqualTo(SAL);
    }

    @Test
    void an_illegal_move_is_refused_with_both_stages_in_the_message() {
        assertThatThrownBy(() -> NEW.moveTo(SQL, StageOwner.HANDOFF))
                .isInstanceOfSatisfying(IllegalStageTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(NEW);
                    assertThat(e.to()).isEqualTo(SQL);
                    assertThat(e.getMessage()).contains("NEW", "SQL");
                });
    }

    @Test
    void a_service_cannot_make_a_move_that_another_service_owns() {
        assertThatThrownBy(() -> NEW.moveTo(MQL, StageOwner.HANDOFF))
                .isInstanceOf(IllegalStageTransitionException.class)
                .hasMessageContaining("SCORING");
        assertThatThrownBy(() -> REJECTED.moveTo(NURTURING, StageOwner.SCORING))
                .isInstanceOf(IllegalStageTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = LifecycleStage.class,
            names = {"WON", "DISQUALIFIED"},
            mode = EnumSource.Mode.EXCLUDE)
    void any_service_may_disqualify_an_open_lead(LifecycleStage open) {
        for (StageOwner owner : StageOwner.values()) {
            assertThat(open.moveTo(DISQUALIFIED, owner)).isEqualTo(DISQUALIFIED);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = LifecycleStage.class,
            names = {"WON", "DISQUALIFIED"})
    void closed_leads_never_move_again(LifecycleStage closed) {
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.allowedNext()).isEmpty();
    }

    @Test
    void a_stage_never_moves_to_itself() {
        for (LifecycleStage stage : values()) {
            assertThat(stage.canMoveTo(stage)).as(stage.name()).isFalse();
        }
    }

    @Test
    void parses_stage_names_in_any_case_and_lists_the_allowed_ones_when_unknown() {
        assertThat(LifecycleStage.parse("mql")).isEqualTo(MQL);
        assertThatThrownBy(() -> LifecycleStage.parse("hot")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("stage");
            assertThat(e.rule()).isEqualTo("stage.unknown");
            assertThat(e.getMessage()).contains("nurturing");
        });
    }
}
