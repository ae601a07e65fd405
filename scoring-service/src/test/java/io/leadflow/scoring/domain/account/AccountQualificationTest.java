package io.leadflow.scoring.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountQualificationTest {

    private static final AccountId ACME = new AccountId(UUID.fromString("0a0a0a0a-0000-4000-8000-000000000001"));
    private static final Instant T1 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);

    @Test
    void an_account_qualifies_when_its_roll_up_reaches_the_threshold_with_the_time_and_score() {
        var evaluation = AccountQualification.none(ACME).evaluate(100, 100, T1);

        assertThat(evaluation.crossed()).isTrue();
        assertThat(evaluation.state().qualified()).isTrue();
        assertThat(evaluation.state().qualifiedAt()).isEqualTo(T1);
        assertThat(evaluation.state().qualifiedScore()).isEqualTo(100);
        assertThat(evaluation.state().count()).isEqualTo(1);
    }

    @Test
    void an_account_below_the_threshold_does_not_qualify_and_nothing_changes() {
        AccountQualification none = AccountQualification.none(ACME);

        var evaluation = none.evaluate(99, 100, T1);

        assertThat(evaluation.crossed()).isFalse();
        assertThat(evaluation.changed(none)).isFalse();
    }

    @Test
    void a_qualified_account_that_stays_above_the_threshold_does_not_qualify_again() {
        AccountQualification qualified =
                AccountQualification.none(ACME).evaluate(120, 100, T1).state();

        var again = qualified.evaluate(150, 100, T2);

        assertThat(again.crossed()).isFalse();
        assertThat(again.changed(qualified)).isFalse();
        assertThat(again.state().qualifiedScore()).isEqualTo(120);
    }

    @Test
    void a_qualification_lapses_below_the_threshold_and_the_next_crossing_qualifies_the_account_again() {
        AccountQualification qualified =
                AccountQualification.none(ACME).evaluate(120, 100, T1).state();

        AccountQualification lapsed = qualified.evaluate(80, 100, T2).state();
        var requalified = lapsed.evaluate(110, 100, T3);

        assertThat(lapsed.qualified()).isFalse();
        assertThat(lapsed.lapsedAt()).isEqualTo(T2);
        assertThat(lapsed.qualifiedAt()).isEqualTo(T1);
        assertThat(requalified.crossed()).isTrue();
        assertThat(requalified.state().count()).isEqualTo(2);
        assertThat(requalified.state().qualifiedAt()).isEqualTo(T3);
        assertThat(requalified.state().lapsedAt()).isNull();
    }

    @Test
    void the_threshold_lies_between_one_and_the_cap() {
        assertThatThrownBy(() -> new Rollup(10, 10, 100, 101))
                .hasFieldOrPropertyWithValue("rule", "rollup.mqlThreshold");
        assertThatThrownBy(() -> new Rollup(10, 10, 100, 0)).hasFieldOrPropertyWithValue("rule", "rollup.mqlThreshold");
        assertThat(new Rollup(10, 10, 50).mqlThreshold()).isEqualTo(50);
    }

    @Test
    void personas_of_a_title_are_every_persona_it_plays() {
        var personas = java.util.List.of(
                new Persona("decision-maker", java.util.List.of("\\bcto\\b")),
                new Persona("technical-evaluator", java.util.List.of("\\bcto\\b", "engineer")),
                new Persona("user", java.util.List.of("analyst")));

        assertThat(AccountView.personasOf("CTO", personas)).containsExactly("decision-maker", "technical-evaluator");
        assertThat(AccountView.personasOf(null, personas)).isEmpty();
    }
}
