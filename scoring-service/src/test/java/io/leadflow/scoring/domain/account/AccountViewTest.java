package io.leadflow.scoring.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountViewTest {

    private static final Account ACME = Account.create(
            AccountId.random(),
            new CompanyDomain("acme.com"),
            new Firmographics("Acme", null, null, null, false, null, null),
            AccountOrigin.API,
            Instant.parse("2026-11-02T10:00:00Z"));
    private static final Rollup ROLLUP = new Rollup(10, 10, 100);
    private static final List<Persona> PERSONAS = List.of(
            new Persona("decision-maker", List.of("\\b(cto|ceo|head of)\\b")),
            new Persona("technical-evaluator", List.of("engineer", "architect")),
            new Persona("user", List.of("analyst")));

    private static AccountView.Member person(String id, int score, String title) {
        return new AccountView.Member(id, "NEW", score, id + "@acme.com", title);
    }

    @Test
    void the_account_score_is_the_highest_plus_a_bonus_for_each_further_engaged_person() {
        AccountView view = AccountView.of(
                ACME,
                List.of(
                        person("a", 40, "CTO"),
                        person("b", 25, "Engineer"),
                        person("c", 12, null),
                        person("d", 5, null)),
                ROLLUP,
                PERSONAS);

        assertThat(view.score()).isEqualTo(40 + 2 * 10);
        assertThat(view.engagedPeople()).isEqualTo(3);
        assertThat(view.members()).extracting(AccountView.Member::leadId).containsExactly("a", "b", "c", "d");
    }

    @Test
    void the_account_score_stops_at_the_cap_and_is_zero_without_people() {
        assertThat(ROLLUP.score(List.of(95, 50, 50))).isEqualTo(100);
        assertThat(ROLLUP.score(List.of())).isZero();
        assertThatThrownBy(() -> new Rollup(-1, 10, 100)).hasFieldOrPropertyWithValue("rule", "rollup.range");
    }

    @Test
    void coverage_names_the_engaged_people_behind_each_persona_by_job_title() {
        AccountView view = AccountView.of(
                ACME,
                List.of(
                        person("cto", 30, "Chief Technology Officer / CTO"),
                        person("dev", 20, "Senior Software ENGINEER"),
                        person("quiet-analyst", 3, "Data Analyst")),
                ROLLUP,
                PERSONAS);

        assertThat(view.coverage())
                .extracting(AccountView.Coverage::persona, AccountView.Coverage::leadIds)
                .containsExactly(
                        tuple("decision-maker", List.of("cto")),
                        tuple("technical-evaluator", List.of("dev")),
                        tuple("user", List.of()));
        assertThat(view.coverage().get(2).covered()).isFalse();
    }

    @Test
    void a_persona_with_a_broken_pattern_is_refused() {
        assertThatThrownBy(() -> new Persona("x", List.of("(unclosed")))
                .hasFieldOrPropertyWithValue("rule", "persona.pattern");
    }
}
