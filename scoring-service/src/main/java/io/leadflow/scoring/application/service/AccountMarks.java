package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.account.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Marks the accounts of changed leads for the account-MQL evaluator; call in the transaction that saves them. */
final class AccountMarks {

    private AccountMarks() {}

    static void mark(AccountQualifications qualifications, Collection<LeadScore> changed) {
        List<AccountId> accounts = changed.stream()
                .map(lead -> lead.account().accountId())
                .flatMap(Optional::stream)
                .map(AccountId::new)
                .distinct()
                .toList();
        if (!accounts.isEmpty()) {
            qualifications.mark(accounts);
        }
    }
}
