package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.AccountNotFoundException;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.application.port.in.FindAccountQuery;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import org.springframework.transaction.annotation.Transactional;

class FindAccountService implements FindAccountQuery {

    private final AccountRepository accounts;

    FindAccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Account findAccount(AccountId accountId) {
        return accounts.find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    @Override
    @Transactional(readOnly = true)
    public AccountPage findAccounts(AccountSearch search) {
        return accounts.search(search);
    }
}
