package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.Account;

/**
 * Marketing revises an account (its tier, its owner, ...). Its leads are re-scored at once by the new attributes, so
 * a rule on {@code account.tier} counts from this moment.
 */
public interface UpdateAccountUseCase {

    /** The revised account; {@link AccountNotFoundException} for an unknown id. */
    Account updateAccount(UpdateAccountCommand command);
}
