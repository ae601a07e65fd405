package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountConflictException;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.application.port.in.CreateAccountCommand;
import io.leadflow.scoring.application.port.in.ImportAccountsCommand;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase.ImportReport;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountOrigin;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountServicesTest {

    private final ScoringFixture scoring = new ScoringFixture();
    private final InMemoryAccounts accounts = scoring.accounts;

    private void profile(LeadId lead, String email, Map<String, String> attributes, long secondsAgo) {
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(new RecordProfileCommand(
                        UUID.randomUUID(), lead, email, attributes, NOW.minusSeconds(secondsAgo), CORRELATION));
    }

    private Account accountOf(LeadId lead) {
        return accounts.find(accounts.linkOf(lead).orElseThrow().accountId()).orElseThrow();
    }

    @Test
    void two_people_of_one_company_domain_share_the_account_made_from_the_first_profile() {
        LeadId jane = LeadId.newId();
        LeadId joe = LeadId.newId();

        profile(jane, "jane@acme.com", Map.of("company.name", "Acme", "company.employees", "250"), 60);
        profile(joe, "joe@ACME.com", Map.of(), 30);

        Account acme = accountOf(jane);
        assertThat(accountOf(joe)).isEqualTo(acme);
        assertThat(acme.domain().value()).isEqualTo("acme.com");
        assertThat(acme.firmographics().name()).isEqualTo("Acme");
        assertThat(acme.firmographics().employees()).isEqualTo(250);
        assertThat(acme.origin()).isEqualTo(AccountOrigin.CONTACT);
        assertThat(scoring.ports
                        .leads()
                        .find(joe, List.of())
                        .orElseThrow()
                        .account()
                        .get("account.domain"))
                .isEqualTo("acme.com");
    }

    @Test
    void a_free_mail_address_makes_no_account() {
        LeadId lead = LeadId.newId();

        profile(lead, "someone@gmail.com", Map.of("company.name", "Self"), 60);

        assertThat(accounts.linkOf(lead)).isEmpty();
        assertThat(accounts.search(new AccountSearch(null, null, null, null, null, null, 0, 20))
                        .total())
                .isZero();
    }

    @Test
    void a_group_call_s_company_domain_links_a_free_mail_lead_to_its_company() {
        LeadId lead = LeadId.newId();
        profile(lead, "jane@gmail.com", Map.of(), 60);

        profile(
                lead,
                "jane@gmail.com",
                Map.of("company.domain", "www.initech.com", "company.name", "Initech", "company.industry", "Software"),
                30);

        assertThat(accountOf(lead).domain().value()).isEqualTo("initech.com");
        assertThat(accountOf(lead).firmographics().industry()).isEqualTo("Software");
    }

    @Test
    void a_manual_override_outlives_later_profiles_until_it_is_removed() {
        LeadId lead = LeadId.newId();
        profile(lead, "jane@acme.com", Map.of(), 60);
        Account parent = ScoringServices.createAccount(scoring.ports)
                .createAccount(new CreateAccountCommand(
                        new CompanyDomain("acme-group.com"),
                        new Firmographics("Acme Group", null, null, null, true, 1, null)));

        ScoringServices.assignLeadAccount(scoring.ports).assignAccount(lead, parent.id());
        profile(lead, "jane@acme.com", Map.of("jobTitle", "CTO"), 30);

        assertThat(accountOf(lead)).isEqualTo(parent);
        assertThat(accounts.linkOf(lead).orElseThrow().manual()).isTrue();
        assertThat(ScoringServices.assignLeadAccount(scoring.ports).matchAccount(lead))
                .contains(accounts.findByDomain(new CompanyDomain("acme.com"))
                        .orElseThrow()
                        .id());
        assertThat(accounts.linkOf(lead).orElseThrow().manual()).isFalse();
    }

    @Test
    void an_unknown_lead_cannot_be_assigned() {
        Account acme = ScoringServices.createAccount(scoring.ports)
                .createAccount(new CreateAccountCommand(
                        new CompanyDomain("acme.com"), new Firmographics("Acme", null, null, null, false, null, null)));

        assertThatThrownBy(
                        () -> ScoringServices.assignLeadAccount(scoring.ports).assignAccount(LeadId.newId(), acme.id()))
                .isInstanceOf(LeadNotFoundException.class);
    }

    @Test
    void a_second_account_for_a_domain_is_refused_naming_the_domain() {
        CreateAccountCommand acme = new CreateAccountCommand(
                new CompanyDomain("acme.com"), new Firmographics("Acme", null, null, null, false, null, null));
        ScoringServices.createAccount(scoring.ports).createAccount(acme);

        assertThatThrownBy(() -> ScoringServices.createAccount(scoring.ports).createAccount(acme))
                .isInstanceOfSatisfying(AccountConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("domain");
                    assertThat(e.rule()).isEqualTo("domain.taken");
                });
    }

    @Test
    void an_import_creates_new_domains_and_revises_known_ones() {
        LeadId jane = LeadId.newId();
        profile(jane, "jane@acme.com", Map.of(), 60);

        ImportReport report = ScoringServices.importAccounts(scoring.ports)
                .importAccounts(new ImportAccountsCommand(List.of(
                        new ImportAccountsCommand.Row(
                                1,
                                new CompanyDomain("acme.com"),
                                new Firmographics("Acme", 250, "Software", "DE", true, 1, null)),
                        new ImportAccountsCommand.Row(
                                2,
                                new CompanyDomain("beta.io"),
                                new Firmographics("Beta", 20, null, null, false, null, null)))));

        assertThat(report).isEqualTo(new ImportReport(1, 1));
        assertThat(accountOf(jane).firmographics().tier()).isEqualTo(1);
        assertThat(scoring.ports
                        .leads()
                        .find(jane, List.of())
                        .orElseThrow()
                        .account()
                        .get("account.tier"))
                .isEqualTo("1");
    }
}
