package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountOrigin;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import io.leadflow.scoring.domain.account.LeadAccountLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountRepository implements AccountRepository {

    private static final String COLUMNS = """
            select account_id, domain, name, employees, industry, country, target_account, tier, owner_rep_id,
                origin, created_at, updated_at
            from account\s""";

    private final JdbcClient jdbc;

    JdbcAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return jdbc.sql(COLUMNS + "where account_id = :id")
                .param("id", id.value())
                .query(JdbcAccountRepository::account)
                .optional();
    }

    @Override
    public Optional<Account> findByDomain(CompanyDomain domain) {
        return jdbc.sql(COLUMNS + "where domain = :domain")
                .param("domain", domain.value())
                .query(JdbcAccountRepository::account)
                .optional();
    }

    @Override
    public Account addIfAbsent(Account account) {
        Firmographics f = account.firmographics();
        jdbc.sql("""
                insert into account (account_id, domain, name, employees, industry, country, target_account, tier,
                    owner_rep_id, origin, created_at, updated_at)
                values (:id, :domain, :name, :employees, :industry, :country, :target, :tier, :owner, :origin,
                    :createdAt, :updatedAt)
                on conflict (domain) do nothing""")
                .param("id", account.id().value())
                .param("domain", account.domain().value())
                .param("name", f.name())
                .param("employees", f.employees())
                .param("industry", f.industry())
                .param("country", f.country())
                .param("target", f.targetAccount())
                .param("tier", f.tier())
                .param("owner", f.ownerRepId())
                .param("origin", account.origin().name())
                .param("createdAt", LeadRows.timestamp(account.createdAt()))
                .param("updatedAt", LeadRows.timestamp(account.updatedAt()))
                .update();
        return findByDomain(account.domain()).orElseThrow();
    }

    @Override
    public void update(Account account) {
        Firmographics f = account.firmographics();
        jdbc.sql("""
                update account set name = :name, employees = :employees, industry = :industry, country = :country,
                    target_account = :target, tier = :tier, owner_rep_id = :owner, updated_at = :updatedAt
                where account_id = :id""")
                .param("id", account.id().value())
                .param("name", f.name())
                .param("employees", f.employees())
                .param("industry", f.industry())
                .param("country", f.country())
                .param("target", f.targetAccount())
                .param("tier", f.tier())
                .param("owner", f.ownerRepId())
                .param("updatedAt", LeadRows.timestamp(account.updatedAt()))
                .update();
    }

    @Override
    public AccountPage search(AccountSearch search) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.q() != null) {
            where.add("(lower(name) like :q or domain like :q)");
            params.put("q", "%" + likeEscaped(search.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.targetAccount() != null) {
            where.add("target_account = :target");
            params.put("target", search.targetAccount());
        }
        if (search.tier() != null) {
            where.add("tier = :tier");
            params.put("tier", search.tier());
        }
        if (search.industry() != null) {
            where.add("lower(industry) = :industry");
            params.put("industry", search.industry().toLowerCase(Locale.ROOT));
        }
        if (search.country() != null) {
            where.add("country = :country");
            params.put("country", search.country().toUpperCase(Locale.ROOT));
        }
        if (search.ownerRepId() != null) {
            where.add("owner_rep_id = :owner");
            params.put("owner", search.ownerRepId());
        }
        String filter = where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ";
        long total = jdbc.sql("select count(*) from account " + filter)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<Account> accounts = jdbc.sql(COLUMNS + filter + "order by lower(name), domain limit :limit offset :offset")
                .params(params)
                .query(JdbcAccountRepository::account)
                .list();
        return new AccountPage(accounts, search.page(), search.size(), total);
    }

    @Override
    public Optional<LeadAccountLink> linkOf(LeadId leadId) {
        return jdbc.sql("select account_id, manual from lead_account where lead_id = :lead")
                .param("lead", leadId.value())
                .query((rs, n) ->
                        new LeadAccountLink(leadId, new AccountId(rs.getObject(1, UUID.class)), rs.getBoolean(2)))
                .optional();
    }

    @Override
    public void link(LeadAccountLink link, Instant at) {
        jdbc.sql("""
                insert into lead_account (lead_id, account_id, manual, linked_at) values (:lead, :account, :manual, :at)
                on conflict (lead_id) do update set account_id = excluded.account_id, manual = excluded.manual,
                    linked_at = excluded.linked_at""")
                .param("lead", link.leadId().value())
                .param("account", link.accountId().value())
                .param("manual", link.manual())
                .param("at", LeadRows.timestamp(at))
                .update();
    }

    @Override
    public void unlink(LeadId leadId) {
        jdbc.sql("delete from lead_account where lead_id = :lead")
                .param("lead", leadId.value())
                .update();
    }

    @Override
    public List<LeadId> leadsOf(AccountId accountId) {
        return jdbc.sql("select lead_id from lead_account where account_id = :account order by lead_id")
                .param("account", accountId.value())
                .query((rs, n) -> new LeadId(rs.getObject(1, UUID.class)))
                .list();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(
                new AccountId(rs.getObject(1, UUID.class)),
                new CompanyDomain(rs.getString(2)),
                new Firmographics(
                        rs.getString(3),
                        rs.getObject(4, Integer.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getObject(8, Integer.class),
                        rs.getObject(9, UUID.class)),
                AccountOrigin.valueOf(rs.getString(10)),
                LeadRows.instant(rs, 11),
                LeadRows.instant(rs, 12));
    }
}
