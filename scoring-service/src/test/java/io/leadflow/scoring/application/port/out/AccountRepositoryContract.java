package io.leadflow.scoring.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountOrigin;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import io.leadflow.scoring.domain.account.LeadAccountLink;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} does, whether it keeps accounts in memory or in PostgreSQL. */
public abstract class AccountRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final UUID REP = UUID.fromString("00000000-0000-4000-8000-00000000000a");

    protected abstract AccountRepository accounts();

    private static Account anAccount(String domain, String name, boolean target, Integer tier) {
        return Account.create(
                AccountId.random(),
                new CompanyDomain(domain),
                new Firmographics(name, 120, "Software", "DE", target, tier, target ? REP : null),
                AccountOrigin.API,
                T0);
    }

    @Test
    void an_added_account_is_found_by_id_and_domain_as_it_was_stored() {
        Account acme = anAccount("acme.com", "Acme", true, 1);

        assertThat(accounts().addIfAbsent(acme)).isEqualTo(acme);
        assertThat(accounts().find(acme.id())).contains(acme);
        assertThat(accounts().findByDomain(new CompanyDomain("acme.com"))).contains(acme);
        assertThat(accounts().find(AccountId.random())).isEmpty();
    }

    @Test
    void a_second_account_for_a_domain_is_not_added_and_the_first_is_answered() {
        Account first = anAccount("acme.com", "Acme", false, null);
        accounts().addIfAbsent(first);

        Account second = accounts().addIfAbsent(anAccount("acme.com", "Acme Two", false, null));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void an_update_replaces_the_firmographics() {
        Account acme = accounts().addIfAbsent(anAccount("acme.com", "Acme", false, null));
        Account revised =
                acme.revisedTo(new Firmographics("Acme AG", 300, "Retail", "AT", true, 2, REP), T0.plusSeconds(60));

        accounts().update(revised);

        assertThat(accounts().find(acme.id())).contains(revised);
    }

    @Test
    void the_list_filters_and_pages_by_name() {
        accounts().addIfAbsent(anAccount("zeta.com", "Zeta", true, 1));
        accounts().addIfAbsent(anAccount("acme.com", "acme", true, 2));
        accounts().addIfAbsent(anAccount("beta.io", "Beta", false, null));

        AccountPage targets = accounts().search(new AccountSearch(null, true, null, null, null, null, 0, 20));
        AccountPage tierOne = accounts().search(new AccountSearch(null, null, 1, null, null, null, 0, 20));
        AccountPage byText = accounts().search(new AccountSearch("BETA", null, null, null, null, null, 0, 20));
        AccountPage second = accounts().search(new AccountSearch(null, null, null, "software", "de", null, 1, 2));

        assertThat(targets.accounts()).extracting(a -> a.domain().value()).containsExactly("acme.com", "zeta.com");
        assertThat(tierOne.accounts()).extracting(a -> a.domain().value()).containsExactly("zeta.com");
        assertThat(byText.accounts()).extracting(a -> a.domain().value()).containsExactly("beta.io");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.accounts()).extracting(a -> a.domain().value()).containsExactly("zeta.com");
    }

    @Test
    void a_lead_is_linked_relinked_and_unlinked() {
        Account acme = accounts().addIfAbsent(anAccount("acme.com", "Acme", false, null));
        Account beta = accounts().addIfAbsent(anAccount("beta.io", "Beta", false, null));
        LeadId jane = LeadId.newId();
        LeadId joe = LeadId.newId();

        accounts().link(new LeadAccountLink(jane, acme.id(), false), T0);
        accounts().link(new LeadAccountLink(joe, acme.id(), false), T0);
        accounts().link(new LeadAccountLink(joe, beta.id(), true), T0);

        assertThat(accounts().linkOf(jane)).contains(new LeadAccountLink(jane, acme.id(), false));
        assertThat(accounts().linkOf(joe)).contains(new LeadAccountLink(joe, beta.id(), true));
        assertThat(accounts().leadsOf(acme.id())).containsExactly(jane);
        accounts().unlink(jane);
        assertThat(accounts().linkOf(jane)).isEmpty();
        assertThat(accounts().leadsOf(acme.id())).isEmpty();
    }
}
