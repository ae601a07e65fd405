package io.leadflow.console.application.service;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.AccountImport;
import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import io.leadflow.console.application.port.out.AccountApi;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class KeepAccountsService implements KeepAccountsUseCase {

    private static final int DOMAIN_MATCHES = 50;

    private final AccountApi accounts;

    KeepAccountsService(AccountApi accounts) {
        this.accounts = accounts;
    }

    @Override
    public Account createAccount(Caller caller, AccountDraft draft) {
        return accounts.create(caller, draft);
    }

    @Override
    public Account updateAccount(Caller caller, UUID accountId, AccountDraft draft) {
        return accounts.update(caller, accountId, draft);
    }

    @Override
    public AccountImport importAccounts(Caller caller, String csv) {
        return accounts.importFile(caller, csv);
    }

    @Override
    public LeadAccount assignAccount(Caller caller, UUID leadId, String account) {
        return accounts.assign(caller, leadId, accountId(caller, account.strip()));
    }

    @Override
    public LeadAccount matchAccount(Caller caller, UUID leadId) {
        return accounts.unassign(caller, leadId);
    }

    private UUID accountId(Caller caller, String account) {
        if (account.isEmpty()) {
            throw refusal("Name the account by its domain (acme.com) or its id.");
        }
        try {
            return UUID.fromString(account);
        } catch (IllegalArgumentException notAnId) {
            String domain = domain(account);
            return accounts.accounts(caller, Map.of("q", domain), 0, DOMAIN_MATCHES).accounts().stream()
                    .filter(found -> found.domain().equals(domain))
                    .map(Account::id)
                    .findFirst()
                    .orElseThrow(() -> refusal("No account has the domain " + domain + "."));
        }
    }

    /** A domain as scoring keeps it: lower case, without scheme, {@code www.}, port or path. */
    static String domain(String typed) {
        String domain = typed.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        domain = domain.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "");
        return domain.startsWith("www.") ? domain.substring(4) : domain;
    }

    private static ApiRefusal refusal(String detail) {
        return new ApiRefusal(400, detail, Map.of("account", detail));
    }
}
