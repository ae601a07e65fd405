package io.leadflow.scoring.application.service;

import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountQualification;
import io.leadflow.scoring.domain.account.AccountView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Qualifications and marks in memory; the members are the linked leads as the lead fake holds them. */
final class InMemoryAccountQualifications implements AccountQualifications {

    private final InMemoryAccounts accounts;
    private final InMemoryLeadScores leads;
    private final List<AccountId> marks = new ArrayList<>();
    private final Map<AccountId, AccountQualification> stored = new HashMap<>();

    InMemoryAccountQualifications(InMemoryAccounts accounts, InMemoryLeadScores leads) {
        this.accounts = accounts;
        this.leads = leads;
    }

    @Override
    public void mark(Collection<AccountId> accountIds) {
        marks.addAll(accountIds);
    }

    @Override
    public List<AccountId> claimMarked(int limit) {
        List<AccountId> taken = new ArrayList<>(marks.subList(0, Math.min(limit, marks.size())));
        marks.subList(0, taken.size()).clear();
        return taken.stream()
                .distinct()
                .sorted(Comparator.comparing(AccountId::value))
                .toList();
    }

    int marked() {
        return marks.size();
    }

    @Override
    public AccountQualification lock(AccountId accountId) {
        return stored.getOrDefault(accountId, AccountQualification.none(accountId));
    }

    @Override
    public Optional<AccountQualification> find(AccountId accountId) {
        return Optional.ofNullable(stored.get(accountId));
    }

    @Override
    public void save(AccountQualification qualification, Instant evaluatedAt) {
        stored.put(qualification.accountId(), qualification);
    }

    @Override
    public List<AccountView.Member> members(AccountId accountId) {
        return accounts.leadsOf(accountId).stream()
                .map(id -> leads.find(id, List.of()))
                .flatMap(Optional::stream)
                .filter(lead -> !lead.consent().profilingObjected())
                .map(InMemoryAccountQualifications::member)
                .toList();
    }

    private static AccountView.Member member(LeadScore lead) {
        Map<String, String> profile = lead.profile().attributes();
        return new AccountView.Member(
                lead.leadId().toString(),
                lead.stage().name(),
                lead.summary().score(),
                lead.profile().email(),
                profile.get(ProfileAttributes.JOB_TITLE),
                profile.get(ProfileAttributes.FIRST_NAME),
                profile.get(ProfileAttributes.LAST_NAME));
    }
}
