package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.application.port.out.AccountRepositoryContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcAccountRepositoryContractIT extends AccountRepositoryContract {

    private final AccountRepository accounts = new JdbcAccountRepository(JdbcClient.create(ContractDatabase.empty()));

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
