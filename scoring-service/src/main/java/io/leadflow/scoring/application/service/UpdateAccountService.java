package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.AccountNotFoundException;
import io.leadflow.scoring.application.port.in.UpdateAccountCommand;
import io.leadflow.scoring.application.port.in.UpdateAccountUseCase;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.account.Account;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

class UpdateAccountService implements UpdateAccountUseCase {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final Clock clock;

    UpdateAccountService(AccountRepository accounts, AccountLinks links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Account updateAccount(UpdateAccountCommand command) {
        Account account =
                accounts.find(command.accountId()).orElseThrow(() -> new AccountNotFoundException(command.accountId()));
        Account revised = account.revisedTo(command.firmographics(), clock.instant());
        accounts.update(revised);
        links.refreshLeads(revised);
        return revised;
    }
}
