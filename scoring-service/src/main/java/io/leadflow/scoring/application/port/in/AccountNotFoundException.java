package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.AccountId;

/** No account has this id. */
public class AccountNotFoundException extends RuntimeException {

    private final transient AccountId accountId;

    public AccountNotFoundException(AccountId accountId) {
        super("no account " + accountId);
        this.accountId = accountId;
    }

    public AccountId accountId() {
        return accountId;
    }
}
