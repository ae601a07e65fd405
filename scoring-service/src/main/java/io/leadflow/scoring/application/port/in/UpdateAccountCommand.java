package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.Firmographics;

/** New firmographics for an account: they replace what it had. */
public record UpdateAccountCommand(AccountId accountId, Firmographics firmographics) {

    public UpdateAccountCommand {
        Require.present(accountId, "accountId");
        Require.present(firmographics, "name");
    }
}
