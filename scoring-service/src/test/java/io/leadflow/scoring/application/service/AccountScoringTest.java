package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.application.port.in.UpdateAccountCommand;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountView;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import io.leadflow.scoring.domain.account.Persona;
import io.leadflow.scoring.domain.account.Rollup;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountScoringTest {

    private final ScoringFixture scoring = new ScoringFixture(Models.model("""
            id: accounts
            threshold: 100
            rules:
              - {id: tier-1, category: fit, condition: {attribute: account.tier, op: equals, value: "1"}, points: 20}
            """));
    private final LeadId jane = LeadId.newId();
    private final LeadId joe = LeadId.newId();

    private void profile(LeadId lead, String email) {
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(new RecordProfileCommand(
                        UUID.randomUUID(), lead, email, Map.of(), NOW.minusSeconds(60), CORRELATION));
    }

    private int score(LeadId lead) {
        return ScoringServices.findLead(scoring.ports)
                .findLead(lead)
                .scores()
                .getFirst()
                .score();
    }

    @Test
    void making_an_account_tier_one_rescores_every_lead_of_it_at_once_and_announces_the_new_scores() {
        profile(jane, "jane@acme.com");
        profile(joe, "joe@acme.com");
        assertThat(score(jane)).isZero();
        Account acme =
                scoring.accounts.findByDomain(new CompanyDomain("acme.com")).orElseThrow();
        scoring.published.clear();

        ScoringServices.updateAccount(scoring.ports)
                .updateAccount(new UpdateAccountCommand(
                        acme.id(), new Firmographics("Acme", 900, "Software", "DE", true, 1, null)));

        assertThat(score(jane)).isEqualTo(20);
        assertThat(score(joe)).isEqualTo(20);
        assertThat(scoring.published(LeadScoredEvent.class))
                .extracting(LeadScoredEvent::score)
                .containsExactly(20, 20);
    }

    @Test
    void a_lead_that_joins_a_tier_one_account_is_scored_by_it_from_its_first_profile() {
        profile(jane, "jane@acme.com");
        Account acme =
                scoring.accounts.findByDomain(new CompanyDomain("acme.com")).orElseThrow();
        ScoringServices.updateAccount(scoring.ports)
                .updateAccount(new UpdateAccountCommand(
                        acme.id(), new Firmographics("Acme", null, null, null, true, 1, null)));

        profile(joe, "joe@acme.com");

        assertThat(score(joe)).isEqualTo(20);
    }

    @Test
    void the_account_view_lists_its_people_by_score_with_the_rolled_up_score_and_coverage() {
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(new RecordProfileCommand(
                        UUID.randomUUID(), jane, "jane@acme.com", Map.of("jobTitle", "CTO"), NOW, CORRELATION));
        profile(joe, "joe@acme.com");
        Account acme =
                scoring.accounts.findByDomain(new CompanyDomain("acme.com")).orElseThrow();
        ScoringServices.updateAccount(scoring.ports)
                .updateAccount(new UpdateAccountCommand(
                        acme.id(), new Firmographics("Acme", null, null, null, true, 1, null)));

        AccountView view = ScoringServices.findAccountView(
                        scoring.ports,
                        new Rollup(5, 10, 100),
                        List.of(new Persona("decision-maker", List.of("cto")), new Persona("user", List.of("analyst"))))
                .findAccountView(acme.id());

        assertThat(view.members()).extracting(AccountView.Member::score).containsExactly(20, 20);
        assertThat(view.members()).extracting(AccountView.Member::stage).containsOnly("NEW");
        assertThat(view.score()).isEqualTo(25);
        assertThat(view.coverage().getFirst().leadIds()).containsExactly(jane.toString());
        assertThat(view.coverage().get(1).covered()).isFalse();
    }
}
