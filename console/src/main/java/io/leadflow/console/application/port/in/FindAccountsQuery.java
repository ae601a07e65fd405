package io.leadflow.console.application.port.in;

import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.Caller;
import java.util.UUID;

/** The accounts as sales and marketing read them: the list by name, and one account with its people. */
public interface FindAccountsQuery {

    AccountList findAccounts(Caller caller, AccountFilter filter);

    /** The account, its people with stages and scores, its score and buying-committee coverage. */
    AccountView findAccount(Caller caller, UUID accountId);
}
