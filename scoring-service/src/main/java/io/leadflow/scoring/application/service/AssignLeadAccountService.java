package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountNotFoundException;
import io.leadflow.scoring.application.port.in.AssignLeadAccountUseCase;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountFacts;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.LeadAccountLink;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class AssignLeadAccountService implements AssignLeadAccountUseCase {

    private final AccountRepository accounts;
    private final LeadScoreRepository leads;
    private final ScoringModelRepository models;
    private final LeadChanges changes;
    private final AccountLinks links;

    AssignLeadAccountService(
            AccountRepository accounts,
            LeadScoreRepository leads,
            ScoringModelRepository models,
            LeadChanges changes,
            AccountLinks links) {
        this.accounts = accounts;
        this.leads = leads;
        this.models = models;
        this.changes = changes;
        this.links = links;
    }

    @Override
    @Transactional
    public void assignAccount(LeadId leadId, AccountId accountId) {
        requireKnown(leadId);
        Account account = accounts.find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        changes.apply(
                leadId,
                AccountLinks.correlationId(accountId),
                (lead, now) -> {
                    accounts.link(new LeadAccountLink(leadId, accountId, true), now);
                    return lead.updateAccount(account.facts(), now);
                },
                changed -> changed);
    }

    @Override
    @Transactional
    public Optional<AccountId> matchAccount(LeadId leadId) {
        requireKnown(leadId);
        AccountFacts matched = changes.apply(
                leadId,
                "account-match-" + leadId,
                (lead, now) -> {
                    accounts.unlink(leadId);
                    AccountFacts facts = links.match(leadId, lead.profile(), now);
                    lead.updateAccount(facts, now);
                    return facts;
                },
                facts -> true);
        return matched.accountId().map(AccountId::new);
    }

    private void requireKnown(LeadId leadId) {
        if (leads.find(leadId, models.published()).isEmpty()) {
            throw new LeadNotFoundException(leadId);
        }
    }
}
