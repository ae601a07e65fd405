package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.AccountConflictException;
import io.leadflow.scoring.application.port.in.CreateAccountCommand;
import io.leadflow.scoring.application.port.in.CreateAccountUseCase;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountOrigin;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

class CreateAccountService implements CreateAccountUseCase {

    private final AccountRepository accounts;
    private final Clock clock;

    CreateAccountService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Account createAccount(CreateAccountCommand command) {
        Account fresh = Account.create(
                AccountId.random(), command.domain(), command.firmographics(), AccountOrigin.API, clock.instant());
        Account stored = accounts.addIfAbsent(fresh);
        if (!stored.id().equals(fresh.id())) {
            throw new AccountConflictException(
                    "domain", "domain.taken", "account " + stored.id() + " has the domain " + command.domain());
        }
        return stored;
    }
}
