package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Deliveries (step_delivery) and their attempt log (step_delivery_attempt). */
@Repository
class JdbcStepDeliveries implements StepDeliveries {

    private final JdbcClient jdbc;

    JdbcStepDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(StepDelivery d) {
        jdbc.sql("""
                insert into step_delivery (id, target, payload, status, next_attempt_at, created_at)
                values (:id, :target, :payload, 'PENDING', :now, :now) on conflict (id) do nothing""")
                .param("id", d.id())
                .param("target", d.target())
                .param("payload", d.payload())
                .param("now", Timestamp.from(d.createdAt()))
                .update();
    }

    /**
     * A sent step's delivery has the step's id; the step leads to its enrolment and so to the lead. A notice names the
     * lead's id in its body (a UUID names no other lead).
     */
    @Override
    public int withdrawPending(LeadId lead) {
        return jdbc.sql("""
                update step_delivery set status = 'WITHDRAWN', last_error = 'the lead unsubscribed'
                where status = 'PENDING' and (id in (
                    select s.id from enrollment_step s join enrollment e on e.id = s.enrollment_id
                    where e.lead_id = :lead) or strpos(payload, :leadText) > 0)""")
                .param("lead", lead.value())
                .param("leadText", lead.value().toString())
                .update();
    }

    /** One statement: it claims atomically even without a surrounding transaction. */
    @Override
    public List<StepDelivery> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                update step_delivery set next_attempt_at = :leaseEnd, attempts = attempts + 1
                where id in (select id from step_delivery where status = 'PENDING' and next_attempt_at <= :now
                             order by next_attempt_at limit :limit for update skip locked)
                returning id, target, payload, attempts, created_at""")
                .param("leaseEnd", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new StepDelivery(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Override
    @Transactional
    public void recordAttempt(StepDelivery d, DeliveryOutcome outcome, Instant at, Optional<Instant> nextAttempt) {
        String status = outcome.delivered() ? "DELIVERED" : nextAttempt.isPresent() ? "PENDING" : "FAILED";
        jdbc.sql("""
                insert into step_delivery_attempt (delivery_id, attempt, attempted_at, status_code, outcome, error)
                values (:id, :attempt, :at, :code, :outcome, :error) on conflict do nothing""")
                .param("id", d.id())
                .param("attempt", d.attempts())
                .param("at", Timestamp.from(at))
                .param("code", outcome.statusCode())
                .param("outcome", outcome.delivered() ? "DELIVERED" : nextAttempt.isPresent() ? "RETRY" : "FAILED")
                .param("error", outcome.error())
                .update();
        jdbc.sql("""
                update step_delivery set status = :status, delivered_at = :deliveredAt, last_error = :error,
                    next_attempt_at = coalesce(:next, next_attempt_at)
                where id = :id and status = 'PENDING'""")
                .param("status", status)
                .param("deliveredAt", outcome.delivered() ? Timestamp.from(at) : null)
                .param("error", outcome.error())
                .param("next", nextAttempt.map(Timestamp::from).orElse(null))
                .param("id", d.id())
                .update();
    }
}
