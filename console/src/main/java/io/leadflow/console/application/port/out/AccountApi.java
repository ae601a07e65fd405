package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.AccountImport;
import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import java.util.Map;
import java.util.UUID;

/** Scoring's accounts API ({@code /api/v1/accounts}) and a lead's account ({@code /api/v1/leads/{id}/account}). */
public interface AccountApi {

    /** A page of accounts; {@code filters} pass as the API names them. */
    AccountList accounts(Caller caller, Map<String, String> filters, int page, int size);

    AccountView view(Caller caller, UUID accountId);

    Account create(Caller caller, AccountDraft draft);

    Account update(Caller caller, UUID accountId, AccountDraft draft);

    AccountImport importFile(Caller caller, String csv);

    LeadAccount assign(Caller caller, UUID leadId, UUID accountId);

    LeadAccount unassign(Caller caller, UUID leadId);
}
