package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountView;

/** The account view sales reads: its people, the rolled-up account score, buying-committee coverage. */
public interface FindAccountViewQuery {

    /** {@link AccountNotFoundException} for an unknown id. */
    AccountView findAccountView(AccountId accountId);
}
