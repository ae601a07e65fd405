package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.LeadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCrmDeals implements CrmDeals {

    private static final String COLUMNS = """
            select id, source, delivery_key, deal_id, stage, lead_id, email, amount, currency, received_at, status,
                   note, handoff_id, applied_at
            from crm_deal""";

    private final JdbcClient jdbc;

    JdbcCrmDeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CrmDeal> addIfNew(CrmDeal d) {
        return jdbc.sql("""
                insert into crm_deal (source, delivery_key, deal_id, stage, lead_id, email, amount, currency,
                                      received_at, status)
                values (:source, :key, :dealId, :stage, :leadId, :email, :amount, :currency, :at, :status)
                on conflict (source, delivery_key) do nothing
                returning id""")
                .param("source", d.source().name())
                .param("key", d.deliveryKey())
                .param("dealId", d.dealId())
                .param("stage", d.stage())
                .param("leadId", d.leadId() == null ? null : d.leadId().value())
                .param("email", d.email())
                .param("amount", d.amount())
                .param("currency", d.currency())
                .param("at", JdbcTimes.at(d.receivedAt()))
                .param("status", d.status().name())
                .query((rs, n) -> new CrmDeal(
                        rs.getLong(1),
                        d.source(),
                        d.deliveryKey(),
                        d.dealId(),
                        d.stage(),
                        d.leadId(),
                        d.email(),
                        d.amount(),
                        d.currency(),
                        d.receivedAt(),
                        d.status(),
                        d.note(),
                        d.handoffId(),
                        d.appliedAt()))
                .optional();
    }

    @Override
    public Optional<CrmDeal> findDelivery(CrmSource source, String deliveryKey) {
        return jdbc.sql(COLUMNS + " where source = :source and delivery_key = :key")
                .param("source", source.name())
                .param("key", deliveryKey)
                .query((rs, n) -> row(rs))
                .optional();
    }

    @Override
    public void save(CrmDeal d) {
        jdbc.sql("""
                update crm_deal set status = :status, note = :note, handoff_id = :handoffId, applied_at = :appliedAt
                where id = :id""")
                .param("status", d.status().name())
                .param("note", d.note())
                .param("handoffId", d.handoffId() == null ? null : d.handoffId().value())
                .param("appliedAt", d.appliedAt() == null ? null : JdbcTimes.at(d.appliedAt()))
                .param("id", d.id())
                .update();
    }

    @Override
    public List<CrmDeal> list(CrmDealStatus status, int limit) {
        return jdbc.sql(COLUMNS + (status == null ? "" : " where status = :status") + " order by id desc limit :limit")
                .params(
                        status == null
                                ? java.util.Map.of("limit", limit)
                                : java.util.Map.of("status", status.name(), "limit", limit))
                .query((rs, n) -> row(rs))
                .list();
    }

    @Override
    public List<CrmDeal> lockUnmatched(int limit) {
        return jdbc.sql(COLUMNS + " where status = 'UNMATCHED' order by id limit :limit for update skip locked")
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static CrmDeal row(ResultSet rs) throws SQLException {
        UUID lead = rs.getObject("lead_id", UUID.class);
        UUID handoff = rs.getObject("handoff_id", UUID.class);
        return new CrmDeal(
                rs.getLong("id"),
                CrmSource.valueOf(rs.getString("source")),
                rs.getString("delivery_key"),
                rs.getString("deal_id"),
                rs.getString("stage"),
                lead == null ? null : new LeadId(lead),
                rs.getString("email"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                JdbcTimes.instant(rs, "received_at"),
                CrmDealStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                handoff == null ? null : new HandoffId(handoff),
                rs.getTimestamp("applied_at") == null ? null : JdbcTimes.instant(rs, "applied_at"));
    }
}
