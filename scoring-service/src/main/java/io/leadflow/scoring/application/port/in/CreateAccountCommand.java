package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;

/** A new account for a company domain no account has yet. */
public record CreateAccountCommand(CompanyDomain domain, Firmographics firmographics) {

    public CreateAccountCommand {
        Require.present(domain, "domain");
        Require.present(firmographics, "name");
    }
}
