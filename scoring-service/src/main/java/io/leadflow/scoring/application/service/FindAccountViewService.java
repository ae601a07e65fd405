package io.leadflow.scoring.application.service;

import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.application.port.in.AccountNotFoundException;
import io.leadflow.scoring.application.port.in.FindAccountViewQuery;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountQualification;
import io.leadflow.scoring.domain.account.AccountView;
import io.leadflow.scoring.domain.account.Persona;
import io.leadflow.scoring.domain.account.Rollup;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** Reads each lead of the account as last scored (no re-scoring on read), so the view matches the lead list. */
class FindAccountViewService implements FindAccountViewQuery {

    private final AccountRepository accounts;
    private final LeadScoreRepository leads;
    private final AccountQualifications qualifications;
    private final Rollup rollup;
    private final List<Persona> personas;

    FindAccountViewService(
            AccountRepository accounts,
            LeadScoreRepository leads,
            AccountQualifications qualifications,
            Rollup rollup,
            List<Persona> personas) {
        this.accounts = accounts;
        this.leads = leads;
        this.qualifications = qualifications;
        this.rollup = rollup;
        this.personas = List.copyOf(personas);
    }

    @Override
    @Transactional(readOnly = true)
    public AccountView findAccountView(AccountId accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        List<AccountView.Member> members = accounts.leadsOf(accountId).stream()
                .map(id -> leads.find(id, List.of()))
                .flatMap(Optional::stream)
                // a person who objected to profiling is neither scored with the account nor shown as one of its people
                .filter(lead -> !lead.consent().profilingObjected())
                .map(FindAccountViewService::member)
                .toList();
        return AccountView.of(
                account,
                members,
                rollup,
                personas,
                qualifications.find(accountId).orElse(AccountQualification.none(accountId)));
    }

    private static AccountView.Member member(LeadScore lead) {
        return new AccountView.Member(
                lead.leadId().toString(),
                lead.stage().name(),
                lead.summary().score(),
                lead.profile().email(),
                lead.profile().attributes().get(ProfileAttributes.JOB_TITLE),
                lead.profile().attributes().get(ProfileAttributes.FIRST_NAME),
                lead.profile().attributes().get(ProfileAttributes.LAST_NAME));
    }
}
