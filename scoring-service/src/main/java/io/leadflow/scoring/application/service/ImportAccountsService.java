package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ImportAccountsCommand;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountOrigin;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** All rows in one transaction: a file is taken whole or (when a row cannot be stored) not at all. */
class ImportAccountsService implements ImportAccountsUseCase {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final Clock clock;

    ImportAccountsService(AccountRepository accounts, AccountLinks links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ImportReport importAccounts(ImportAccountsCommand command) {
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        for (ImportAccountsCommand.Row row : command.rows()) {
            Optional<Account> existing = accounts.findByDomain(row.domain());
            if (existing.isEmpty()) {
                accounts.addIfAbsent(Account.create(
                        AccountId.random(), row.domain(), row.firmographics(), AccountOrigin.IMPORT, now));
                created++;
            } else if (!existing.get().firmographics().equals(row.firmographics())) {
                Account revised = existing.get().revisedTo(row.firmographics(), now);
                accounts.update(revised);
                links.refreshLeads(revised);
                updated++;
            }
        }
        return new ImportReport(created, updated);
    }
}
