package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.LeadAccountLink;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/** Accounts and links in memory, filtered and ordered as the JDBC adapter does. */
final class InMemoryAccounts implements AccountRepository {

    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    private final Map<UUID, LeadAccountLink> links = new TreeMap<>(InMemoryLeadScores.UUID_ORDER);

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Account> findByDomain(CompanyDomain domain) {
        return accounts.values().stream().filter(a -> a.domain().equals(domain)).findFirst();
    }

    @Override
    public Account addIfAbsent(Account account) {
        return findByDomain(account.domain()).orElseGet(() -> {
            accounts.put(account.id(), account);
            return account;
        });
    }

    @Override
    public void update(Account account) {
        accounts.computeIfPresent(account.id(), (id, old) -> account);
    }

    @Override
    public AccountPage search(AccountSearch search) {
        Predicate<Account> filter = a -> search.q() == null
                || a.firmographics()
                        .name()
                        .toLowerCase(Locale.ROOT)
                        .contains(search.q().toLowerCase(Locale.ROOT))
                || a.domain().value().contains(search.q().toLowerCase(Locale.ROOT));
        filter = filter.and(a ->
                        search.targetAccount() == null || a.firmographics().targetAccount() == search.targetAccount())
                .and(a -> search.tier() == null
                        || search.tier().equals(a.firmographics().tier()))
                .and(a -> search.industry() == null
                        || search.industry().equalsIgnoreCase(a.firmographics().industry()))
                .and(a -> search.country() == null
                        || search.country().equalsIgnoreCase(a.firmographics().country()))
                .and(a -> search.ownerRepId() == null
                        || search.ownerRepId().equals(a.firmographics().ownerRepId()));
        List<Account> all = accounts.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing(
                                (Account a) -> a.firmographics().name().toLowerCase(Locale.ROOT))
                        .thenComparing(a -> a.domain().value()))
                .toList();
        List<Account> page = all.stream()
                .skip((long) search.page() * search.size())
                .limit(search.size())
                .toList();
        return new AccountPage(page, search.page(), search.size(), all.size());
    }

    @Override
    public Optional<LeadAccountLink> linkOf(LeadId leadId) {
        return Optional.ofNullable(links.get(leadId.value()));
    }

    @Override
    public void link(LeadAccountLink link, Instant at) {
        links.put(link.leadId().value(), link);
    }

    @Override
    public void unlink(LeadId leadId) {
        links.remove(leadId.value());
    }

    @Override
    public List<LeadId> leadsOf(AccountId accountId) {
        return links.values().stream()
                .filter(link -> link.accountId().equals(accountId))
                .map(LeadAccountLink::leadId)
                .toList();
    }
}
