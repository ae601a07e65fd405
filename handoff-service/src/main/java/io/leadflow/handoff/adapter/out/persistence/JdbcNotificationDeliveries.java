package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNotificationDeliveries implements NotificationDeliveries {

    private static final String RETURNED = """
            id, handoff_id, channel, url, payload::text as payload, attempts, created_at, next_attempt_at,
            delivered_at, failed_at, last_status, last_error""";

    private final JdbcClient jdbc;

    JdbcNotificationDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(NotificationDelivery d) {
        jdbc.sql("""
                insert into webhook_delivery (id, handoff_id, channel, url, payload, attempts, created_at,
                    next_attempt_at)
                values (:id, :handoffId, :channel, :url, cast(:payload as json), :attempts, :createdAt,
                    :nextAttemptAt)""")
                .param("id", d.id())
                .param("handoffId", d.handoffId().value())
                .param("channel", d.channel().name())
                .param("url", d.target())
                .param("payload", d.payload())
                .param("attempts", d.attempts())
                .param("createdAt", JdbcTimes.at(d.createdAt()))
                .param("nextAttemptAt", JdbcTimes.at(d.nextAttemptAt()))
                .update();
    }

    /** One statement: the rows are locked with SKIP LOCKED, leased, and returned, so replicas never share one. */
    @Override
    public List<NotificationDelivery> claimDue(
            NotificationChannel channel, Instant now, int limit, Instant leaseUntil) {
        return jdbc.sql("""
                update webhook_delivery set next_attempt_at = :leaseUntil
                where id in (
                    select id from webhook_delivery
                    where channel = :channel and delivered_at is null and failed_at is null
                        and next_attempt_at <= :now
                    order by next_attempt_at
                    limit :limit
                    for update skip locked)
                """ + "returning " + RETURNED)
                .param("channel", channel.name())
                .param("now", JdbcTimes.at(now))
                .param("limit", limit)
                .param("leaseUntil", JdbcTimes.at(leaseUntil))
                .query(this::map)
                .list();
    }

    @Override
    public void recordAttempt(NotificationDelivery d) {
        jdbc.sql("""
                update webhook_delivery set attempts = :attempts, next_attempt_at = :nextAttemptAt,
                    delivered_at = :deliveredAt, failed_at = :failedAt, last_status = :lastStatus,
                    last_error = :lastError
                where id = :id""")
                .param("id", d.id())
                .param("attempts", d.attempts())
                .param("nextAttemptAt", JdbcTimes.at(d.nextAttemptAt()))
                .param("deliveredAt", JdbcTimes.at(d.deliveredAt()))
                .param("failedAt", JdbcTimes.at(d.failedAt()))
                .param("lastStatus", d.lastStatus())
                .param("lastError", d.lastError())
                .update();
    }

    @Override
    public Optional<NotificationDelivery> latestFor(HandoffId handoffId) {
        return jdbc.sql("select " + RETURNED + " from webhook_delivery where handoff_id = :handoffId"
                        + " order by created_at desc, id limit 1")
                .param("handoffId", handoffId.value())
                .query(this::map)
                .optional();
    }

    @Override
    public List<NotificationDelivery> pendingFor(HandoffId handoffId) {
        return jdbc.sql("select " + RETURNED + " from webhook_delivery where handoff_id = :handoffId"
                        + " and delivered_at is null and failed_at is null order by created_at")
                .param("handoffId", handoffId.value())
                .query(this::map)
                .list();
    }

    @Override
    public void replacePayload(UUID deliveryId, String payload) {
        jdbc.sql("""
                update webhook_delivery set payload = cast(:payload as json)
                where id = :id and delivered_at is null and failed_at is null""").param("id", deliveryId).param("payload", payload).update();
    }

    private NotificationDelivery map(ResultSet rs, int row) throws SQLException {
        return new NotificationDelivery(
                rs.getObject("id", UUID.class),
                new HandoffId(rs.getObject("handoff_id", UUID.class)),
                NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("url"),
                rs.getString("payload"),
                rs.getInt("attempts"),
                JdbcTimes.instant(rs, "created_at"),
                JdbcTimes.instant(rs, "next_attempt_at"),
                JdbcTimes.instant(rs, "delivered_at"),
                JdbcTimes.instant(rs, "failed_at"),
                rs.getObject("last_status", Integer.class),
                rs.getString("last_error"));
    }
}
