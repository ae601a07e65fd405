package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.domain.account.AccountId;
import java.util.Optional;

/**
 * A person overrides matching by domain: the lead belongs to the account they name (a consultant's address at a
 * partner, a subsidiary with its own domain) until they remove the override, after which the domain decides again.
 */
public interface AssignLeadAccountUseCase {

    /** Links the lead to the account by hand; unknown lead or account: their not-found exceptions. */
    void assignAccount(LeadId leadId, AccountId accountId);

    /** Removes the override; the lead's account is matched by domain again (empty: no account matches). */
    Optional<AccountId> matchAccount(LeadId leadId);
}
