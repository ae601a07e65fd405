package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountFacts;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountMatching;
import io.leadflow.scoring.domain.account.AccountOrigin;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import io.leadflow.scoring.domain.account.LeadAccountLink;
import java.time.Instant;
import java.util.Optional;

/**
 * Links leads to accounts and keeps each lead's copy of its account's attributes current. The callers own the
 * transaction and hold the lead's lock where a lead changes.
 */
final class AccountLinks {

    private final AccountRepository accounts;
    private final LeadChanges changes;

    AccountLinks(AccountRepository accounts, LeadChanges changes) {
        this.accounts = accounts;
        this.changes = changes;
    }

    /**
     * The account of a lead with these profile facts, linked: a link made by hand stays; otherwise the company
     * domain decides, and a domain no account has yet (free mail never) makes one from what the profile says of the
     * company, or fills the gaps of an account made that way (the account's other leads take what was filled at
     * once, and are re-scored). No domain: the lead has no account.
     */
    AccountFacts match(LeadId leadId, ProfileFacts facts, Instant now) {
        Optional<LeadAccountLink> link = accounts.linkOf(leadId);
        if (link.isPresent() && link.get().manual()) {
            return accounts.find(link.get().accountId()).map(Account::facts).orElse(AccountFacts.none());
        }
        Optional<CompanyDomain> domain = AccountMatching.domainOf(facts.email(), facts.attributes());
        if (domain.isEmpty()) {
            link.ifPresent(l -> accounts.unlink(leadId));
            return AccountFacts.none();
        }
        Firmographics discovered = AccountMatching.discovered(domain.get(), facts.attributes());
        Account account = accounts.findByDomain(domain.get())
                .orElseGet(() -> accounts.addIfAbsent(
                        Account.create(AccountId.random(), domain.get(), discovered, AccountOrigin.CONTACT, now)));
        Account completed = account.completedBy(discovered, now);
        if (!completed.equals(account)) {
            accounts.update(completed);
            refreshLeads(completed, leadId);
        }
        if (link.isEmpty() || !link.get().accountId().equals(account.id())) {
            accounts.link(new LeadAccountLink(leadId, account.id(), false), now);
        }
        return completed.facts();
    }

    /** Gives every lead of the account the account's current attributes, re-scoring those they change. */
    void refreshLeads(Account account) {
        refreshLeads(account, null);
    }

    /** As {@link #refreshLeads(Account)}, leaving out {@code except} (the lead whose own change is under way). */
    private void refreshLeads(Account account, LeadId except) {
        AccountFacts facts = account.facts();
        for (LeadId leadId : accounts.leadsOf(account.id())) {
            if (leadId.equals(except)) {
                continue;
            }
            changes.apply(
                    leadId,
                    correlationId(account.id()),
                    (lead, now) -> lead.updateAccount(facts, now),
                    Boolean::booleanValue);
        }
    }

    static String correlationId(AccountId accountId) {
        return "account-" + accountId;
    }
}
