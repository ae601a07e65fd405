package io.leadflow.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.scoring.domain.account.AccountFacts;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final ScoringModel MODEL = Models.model("""
            id: accounts
            threshold: 50
            rules:
              - {id: tier-1, category: fit, condition: {attribute: account.tier, op: equals, value: "1"}, points: 20}
              - id: big-target
                category: fit
                conditions:
                  - {attribute: account.targetAccount, op: equals, value: "true"}
                  - {attribute: account.size, op: range, min: 1000}
                points: 15
              - {id: retail, category: fit, condition: {attribute: account.industry, op: oneOf, values: [Retail]}, points: 5}
            """);
    private static final ProfileFacts JANE = new ProfileFacts("jane@acme.com", Map.of(), NOW);

    private static int score(Map<String, String> account) {
        return MODEL.score(ModelState.empty(), new LeadFacts(JANE, null, new AccountFacts(account)), NOW)
                .score();
    }

    @Test
    void a_tier_one_target_account_gives_its_points_and_a_tier_two_does_not() {
        assertThat(score(Map.of("account.tier", "1", "account.targetAccount", "true")))
                .isEqualTo(20);
        assertThat(score(Map.of("account.tier", "2", "account.targetAccount", "true")))
                .isZero();
    }

    @Test
    void rules_combine_account_size_target_flag_and_industry() {
        assertThat(score(Map.of("account.targetAccount", "true", "account.size", "5000", "account.industry", "retail")))
                .isEqualTo(20);
        assertThat(score(Map.of("account.targetAccount", "false", "account.size", "5000")))
                .isZero();
    }

    @Test
    void a_lead_without_an_account_meets_no_account_rule() {
        assertThat(score(Map.of())).isZero();
        assertThat(MODEL.score(ModelState.empty(), new LeadFacts(JANE, null), NOW)
                        .score())
                .isZero();
    }

    @Test
    void an_account_rule_is_explained_like_any_other() {
        ModelScore score = MODEL.score(
                ModelState.empty(),
                new LeadFacts(
                        JANE, null, new AccountFacts(Map.of("account.tier", "1", "account.targetAccount", "true"))),
                NOW);

        assertThat(score.contributions()).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("tier-1");
            assertThat(c.points()).isEqualTo(20);
        });
    }

    @Test
    void an_account_attribute_the_model_language_does_not_know_is_refused() {
        assertThatThrownBy(() -> Models.model("""
                        id: bad
                        threshold: 50
                        rules:
                          - {id: r, category: fit, condition: {attribute: account.revenue, op: present}, points: 5}
                        """))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("account.revenue");
    }
}
