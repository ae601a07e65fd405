package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.DealOutcomes;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.Outcome;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.handoff.domain.RecordedOutcome;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDealOutcomes implements DealOutcomes {

    private final JdbcClient jdbc;

    JdbcDealOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RecordedOutcome r) {
        Outcome o = r.outcome();
        jdbc.sql("""
                insert into handoff_outcome (handoff_id, kind, amount, currency, lost_reason, note, source, deal_id,
                                             recorded_by, recorded_at)
                values (:handoffId, :kind, :amount, :currency, :lostReason, :note, :source, :dealId, :by, :at)""")
                .param("handoffId", r.handoffId().value())
                .param("kind", o.kind().name())
                .param("amount", o.amount())
                .param("currency", o.currency())
                .param(
                        "lostReason",
                        o.lostReason() == null ? null : o.lostReason().name())
                .param("note", o.note())
                .param("source", r.source())
                .param("dealId", r.dealId())
                .param("by", r.recordedBy())
                .param("at", JdbcTimes.at(r.recordedAt()))
                .update();
    }

    @Override
    public Optional<RecordedOutcome> latest(HandoffId handoffId) {
        return jdbc.sql("""
                select kind, amount, currency, lost_reason, note, source, deal_id, recorded_by, recorded_at
                from handoff_outcome where handoff_id = :handoffId order by id desc limit 1""")
                .param("handoffId", handoffId.value())
                .query((rs, n) -> new RecordedOutcome(
                        handoffId,
                        new Outcome(
                                OutcomeKind.valueOf(rs.getString("kind")),
                                rs.getBigDecimal("amount"),
                                rs.getString("currency"),
                                rs.getString("lost_reason") == null
                                        ? null
                                        : LostReason.valueOf(rs.getString("lost_reason")),
                                rs.getString("note")),
                        rs.getString("source"),
                        rs.getString("deal_id"),
                        rs.getString("recorded_by"),
                        JdbcTimes.instant(rs, "recorded_at")))
                .optional();
    }
}
