package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;

/** Accounts as marketing and sales look them up. */
public interface FindAccountQuery {

    /** The account; {@link AccountNotFoundException} for an unknown id. */
    Account findAccount(AccountId accountId);

    AccountPage findAccounts(AccountSearch search);
}
