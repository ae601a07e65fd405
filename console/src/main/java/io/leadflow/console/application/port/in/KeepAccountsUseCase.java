package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.AccountImport;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import java.util.UUID;

/**
 * Marketing keeps the accounts: creates one, replaces its firmographics, imports an account file, and names a lead's
 * account by hand (or lets its domain decide again). Scoring checks everything; a refusal is an {@code ApiRefusal}.
 */
public interface KeepAccountsUseCase {

    Account createAccount(Caller caller, AccountDraft draft);

    Account updateAccount(Caller caller, UUID accountId, AccountDraft draft);

    /** The CSV file as uploaded; one bad row refuses it whole (the refusal lists every bad row). */
    AccountImport importAccounts(Caller caller, String csv);

    /**
     * Links the lead to the account named by its id or its domain (any case, as scoring writes domains); a domain no
     * account has is refused at the field {@code account}.
     */
    LeadAccount assignAccount(Caller caller, UUID leadId, String account);

    /** Removes the override: the lead's domain decides its account again. */
    LeadAccount matchAccount(Caller caller, UUID leadId);
}
