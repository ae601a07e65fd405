package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.application.port.out.AccountRepositoryContract;

class InMemoryAccountsContractTest extends AccountRepositoryContract {

    private final InMemoryAccounts accounts = new InMemoryAccounts();

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
