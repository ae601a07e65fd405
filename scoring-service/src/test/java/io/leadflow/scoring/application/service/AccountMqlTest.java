package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.AccountQualifiedEvent;
import io.leadflow.scoring.application.port.in.EvaluateAccountsUseCase;
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

class AccountMqlTest {

    private static final UUID OWNER = UUID.fromString("0a0a0a0a-0000-4000-8000-000000000009");
    private static final Rollup ROLLUP = new Rollup(10, 10, 200, 30);
    private static final List<Persona> PERSONAS = List.of(new Persona("decision-maker", List.of("\\bcto\\b")));

    private final ScoringFixture scoring = new ScoringFixture(Models.model("""
            id: accounts
            threshold: 100
            rules:
              - {id: tier-1, category: fit, condition: {attribute: account.tier, op: equals, value: "1"}, points: 20}
              - {id: sized, category: fit, condition: {attribute: account.size, op: present}, points: 5}
            """));
    private final EvaluateAccountsUseCase evaluator = ScoringServices.evaluateAccounts(scoring.ports, ROLLUP, PERSONAS);
    private final LeadId jane = LeadId.newId();
    private final LeadId joe = LeadId.newId();

    private void profile(LeadId lead, String email, Map<String, String> attributes) {
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(new RecordProfileCommand(
                        UUID.randomUUID(), lead, email, attributes, NOW.minusSeconds(60), CORRELATION));
    }

    private Account acme() {
        return scoring.accounts.findByDomain(new CompanyDomain("acme.com")).orElseThrow();
    }

    private void tier(Integer tier) {
        ScoringServices.updateAccount(scoring.ports)
                .updateAccount(new UpdateAccountCommand(
                        acme().id(), new Firmographics("Acme", null, null, "DE", tier != null, tier, OWNER)));
    }

    private AccountView view() {
        return ScoringServices.findAccountView(scoring.ports, ROLLUP, PERSONAS).findAccountView(acme().id());
    }

    @Test
    void an_account_whose_roll_up_crosses_the_threshold_is_announced_once_with_the_people_behind_it() {
        profile(jane, "jane@acme.com", Map.of("jobTitle", "CTO", "firstName", "Jane", "lastName", "Doe"));
        profile(joe, "joe@acme.com", Map.of("jobTitle", "Analyst"));
        evaluator.evaluateAccounts(50);
        assertThat(scoring.published(AccountQualifiedEvent.class)).isEmpty();

        tier(1);
        evaluator.evaluateAccounts(50);
        evaluator.evaluateAccounts(50);

        assertThat(scoring.published(AccountQualifiedEvent.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.accountId()).isEqualTo(acme().id().value());
                    assertThat(event.name()).isEqualTo("Acme");
                    assertThat(event.domain()).isEqualTo("acme.com");
                    assertThat(event.tier()).isEqualTo(1);
                    assertThat(event.ownerRepId()).isEqualTo(OWNER);
                    assertThat(event.score()).isEqualTo(30);
                    assertThat(event.threshold()).isEqualTo(30);
                    assertThat(event.qualification()).isEqualTo(1);
                    assertThat(event.people())
                            .extracting(AccountQualifiedEvent.Person::leadId)
                            .containsExactlyInAnyOrder(jane.value(), joe.value());
                    AccountQualifiedEvent.Person first = event.people().stream()
                            .filter(p -> p.leadId().equals(jane.value()))
                            .findFirst()
                            .orElseThrow();
                    assertThat(first.firstName()).isEqualTo("Jane");
                    assertThat(first.jobTitle()).isEqualTo("CTO");
                    assertThat(first.personas()).containsExactly("decision-maker");
                    assertThat(first.score()).isEqualTo(20);
                    assertThat(first.stage()).isEqualTo("NEW");
                });
        assertThat(view().qualification().qualified()).isTrue();
        assertThat(view().qualification().qualifiedScore()).isEqualTo(30);
        assertThat(view().qualification().qualifiedAt()).isEqualTo(NOW);
    }

    @Test
    void a_qualification_lapses_when_the_roll_up_falls_below_and_the_next_crossing_announces_the_account_again() {
        profile(jane, "jane@acme.com", Map.of());
        profile(joe, "joe@acme.com", Map.of());
        tier(1);
        evaluator.evaluateAccounts(50);

        tier(null);
        evaluator.evaluateAccounts(50);
        assertThat(view().qualification().qualified()).isFalse();
        assertThat(view().qualification().lapsedAt()).isEqualTo(NOW);

        tier(1);
        evaluator.evaluateAccounts(50);

        assertThat(scoring.published(AccountQualifiedEvent.class))
                .extracting(AccountQualifiedEvent::qualification)
                .containsExactly(1, 2);
    }

    @Test
    void a_profile_that_fills_the_size_of_a_contact_made_account_rescores_its_other_leads_at_once() {
        profile(jane, "jane@acme.com", Map.of());
        profile(joe, "joe@acme.com", Map.of());
        assertThat(view().members()).extracting(AccountView.Member::score).containsOnly(0);

        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(new RecordProfileCommand(
                        UUID.randomUUID(),
                        jane,
                        "jane@acme.com",
                        Map.of("company.employees", "250"),
                        NOW,
                        CORRELATION));

        assertThat(acme().firmographics().employees()).isEqualTo(250);
        assertThat(ScoringServices.findLead(scoring.ports)
                        .findLead(joe)
                        .scores()
                        .getFirst()
                        .score())
                .isEqualTo(5);
    }
}
