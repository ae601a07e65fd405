package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountQualification;
import io.leadflow.scoring.domain.account.AccountView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountQualifications implements AccountQualifications {

    private static final String COLUMNS = """
            select account_id, qualified, qualified_at, qualified_score, qualifications, lapsed_at
            from account_qualification\s""";

    private final JdbcClient jdbc;

    JdbcAccountQualifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void mark(Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        jdbc.sql("insert into account_mark (account_id) select unnest(:ids::uuid[])")
                .param(
                        "ids",
                        accountIds.stream().map(AccountId::value).distinct().toArray(UUID[]::new))
                .update();
    }

    @Override
    public List<AccountId> claimMarked(int limit) {
        return jdbc.sql("""
                with taken as (
                    select id from account_mark order by id limit :limit for update skip locked),
                cleared as (
                    delete from account_mark m using taken where m.id = taken.id returning m.account_id)
                select distinct account_id from cleared order by account_id""")
                .param("limit", limit)
                .query((rs, n) -> new AccountId(rs.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public AccountQualification lock(AccountId accountId) {
        jdbc.sql("""
                insert into account_qualification (account_id, qualified, evaluated_at) values (:id, false, now())
                on conflict (account_id) do nothing""").param("id", accountId.value()).update();
        return jdbc.sql(COLUMNS + "where account_id = :id for update")
                .param("id", accountId.value())
                .query(JdbcAccountQualifications::qualification)
                .single();
    }

    @Override
    public Optional<AccountQualification> find(AccountId accountId) {
        return jdbc.sql(COLUMNS + "where account_id = :id")
                .param("id", accountId.value())
                .query(JdbcAccountQualifications::qualification)
                .optional();
    }

    @Override
    public void save(AccountQualification q, Instant evaluatedAt) {
        jdbc.sql("""
                update account_qualification set qualified = :qualified, qualified_at = :qualifiedAt,
                    qualified_score = :score, qualifications = :count, lapsed_at = :lapsedAt, evaluated_at = :at
                where account_id = :id""")
                .param("id", q.accountId().value())
                .param("qualified", q.qualified())
                .param("qualifiedAt", LeadRows.timestamp(q.qualifiedAt()))
                .param("score", q.qualifiedScore())
                .param("count", q.count())
                .param("lapsedAt", LeadRows.timestamp(q.lapsedAt()))
                .param("at", LeadRows.timestamp(evaluatedAt))
                .update();
    }

    @Override
    public List<AccountView.Member> members(AccountId accountId) {
        return jdbc.sql("""
                select l.lead_id, l.stage, l.score, l.email, l.profile ->> :title, l.profile ->> :first,
                    l.profile ->> :last
                from lead_account a join lead_state l on l.lead_id = a.lead_id
                where a.account_id = :id
                    and not exists (select 1 from consent_copy c where c.lead_id = l.lead_id and c.profiling_objected)
                order by l.score desc, l.lead_id""")
                .param("id", accountId.value())
                .param("title", ProfileAttributes.JOB_TITLE)
                .param("first", ProfileAttributes.FIRST_NAME)
                .param("last", ProfileAttributes.LAST_NAME)
                .query((rs, n) -> new AccountView.Member(
                        rs.getObject(1, UUID.class).toString(),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private static AccountQualification qualification(ResultSet rs, int n) throws SQLException {
        return new AccountQualification(
                new AccountId(rs.getObject(1, UUID.class)),
                rs.getBoolean(2),
                LeadRows.instant(rs, 3),
                rs.getObject(4, Integer.class),
                rs.getInt(5),
                LeadRows.instant(rs, 6));
    }
}
