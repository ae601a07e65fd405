package io.leadflow.console.application.service;

import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.AccountFilter;
import io.leadflow.console.application.port.in.FindAccountsQuery;
import io.leadflow.console.application.port.out.AccountApi;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class FindAccountsService implements FindAccountsQuery {

    private final AccountApi accounts;

    FindAccountsService(AccountApi accounts) {
        this.accounts = accounts;
    }

    @Override
    public AccountList findAccounts(Caller caller, AccountFilter filter) {
        return accounts.accounts(caller, filter.filters(), filter.page(), AccountFilter.SIZE);
    }

    @Override
    public AccountView findAccount(Caller caller, UUID accountId) {
        return accounts.view(caller, accountId);
    }
}
