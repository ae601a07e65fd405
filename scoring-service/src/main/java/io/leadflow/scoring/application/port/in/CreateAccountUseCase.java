package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.Account;

/** Marketing adds a company; the leads already working there (none yet have an account by its domain) stay as they are. */
public interface CreateAccountUseCase {

    /** The new account; {@link AccountConflictException} when its domain has one. */
    Account createAccount(CreateAccountCommand command);
}
