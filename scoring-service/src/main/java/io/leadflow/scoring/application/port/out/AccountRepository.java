package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.LeadAccountLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts and which lead belongs to which. Two replicas may meet the same new company domain at once (two people of
 * one company fill in a form together), so adding an account is "add unless the domain has one", and both end up
 * with the one account.
 */
public interface AccountRepository {

    Optional<Account> find(AccountId id);

    Optional<Account> findByDomain(CompanyDomain domain);

    /** Stores {@code account} unless its domain has an account; returns the domain's account either way. */
    Account addIfAbsent(Account account);

    /** Stores the account's changed firmographics (its id and domain stay). */
    void update(Account account);

    /** Accounts by name, filtered and paged. */
    AccountPage search(AccountSearch search);

    Optional<LeadAccountLink> linkOf(LeadId leadId);

    /** Links the lead to the account, replacing its former link. */
    void link(LeadAccountLink link, Instant at);

    /** The lead has no account any more. */
    void unlink(LeadId leadId);

    /** The leads linked to the account, in lead id order. */
    List<LeadId> leadsOf(AccountId accountId);
}
