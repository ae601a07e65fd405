package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.PrivacyServiceStatus;
import io.leadflow.ingestion.application.port.out.PrivacyRequests;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code privacy_request} and {@code privacy_answer}: one row per request, one per service it waits for. An export's
 * document is assembled in the database from the parts when the last one arrives (the parts are then dropped).
 */
@Component
class JdbcPrivacyRequests implements PrivacyRequests {

    private final JdbcClient jdbc;

    JdbcPrivacyRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(
            UUID id,
            PrivacyRequestKind kind,
            List<UUID> leadIds,
            String requestedBy,
            Instant requestedAt,
            Instant expiresAt,
            List<String> services) {
        jdbc.sql("""
                insert into privacy_request (id, kind, lead_ids, requested_by, requested_at, expires_at)
                values (:id, :kind, cast(:leads as uuid[]), :by, :at, :expires)""")
                .param("id", id)
                .param("kind", kind.name())
                .param("leads", leadIds.toArray(UUID[]::new))
                .param("by", requestedBy)
                .param("at", Timestamp.from(requestedAt))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        for (int i = 0; i < services.size(); i++) {
            jdbc.sql("insert into privacy_answer (request_id, service, position) values (:id, :service, :position)")
                    .param("id", id)
                    .param("service", services.get(i))
                    .param("position", i)
                    .update();
        }
    }

    @Override
    public boolean answer(UUID requestId, String service, Instant at, Integer records, String document) {
        return jdbc.sql("""
                        update privacy_answer set answered_at = :at, records = :records, part = cast(:part as jsonb)
                        where request_id = :id and service = :service and answered_at is null""")
                        .param("id", requestId)
                        .param("service", service)
                        .param("at", Timestamp.from(at))
                        .param("records", records)
                        .param("part", document)
                        .update()
                == 1;
    }

    @Override
    public void completeIfAnswered(UUID requestId, Instant at) {
        int completed = jdbc.sql("""
                        update privacy_request r set completed_at = :at,
                            document = case when r.kind = 'EXPORT' then (
                                select jsonb_build_object('requestId', r.id, 'requestedAt', r.requested_at,
                                    'leadIds', to_jsonb(r.lead_ids), 'services', jsonb_object_agg(a.service, a.part))
                                from privacy_answer a where a.request_id = r.id) end
                        where r.id = :id and r.completed_at is null
                            and not exists (
                                select 1 from privacy_answer a where a.request_id = r.id and a.answered_at is null)""")
                .param("id", requestId)
                .param("at", Timestamp.from(at))
                .update();
        if (completed == 1) {
            jdbc.sql("update privacy_answer set part = null where request_id = :id")
                    .param("id", requestId)
                    .update();
        }
    }

    @Override
    public Optional<PrivacyRequestView> find(UUID id, PrivacyRequestKind kind) {
        Map<UUID, List<PrivacyServiceStatus>> services = services(List.of(id));
        return jdbc.sql("""
                        select id, kind, requested_at, completed_at, expires_at, document::text as document
                        from privacy_request where id = :id and kind = :kind""")
                .param("id", id)
                .param("kind", kind.name())
                .query((rs, n) -> view(rs, services, rs.getString("document")))
                .optional();
    }

    @Override
    public List<PrivacyRequestView> list(PrivacyRequestKind kind, long offset, int limit) {
        List<UUID> ids = jdbc.sql("""
                        select id from privacy_request where kind = :kind
                        order by requested_at desc, id desc offset :offset limit :limit""")
                .param("kind", kind.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(UUID.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PrivacyServiceStatus>> services = services(ids);
        return jdbc.sql("""
                        select id, kind, requested_at, completed_at, expires_at from privacy_request
                        where id = any(cast(:ids as uuid[])) order by requested_at desc, id desc""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> view(rs, services, null))
                .list();
    }

    @Override
    public long count(PrivacyRequestKind kind) {
        return jdbc.sql("select count(*) from privacy_request where kind = :kind")
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }

    private Map<UUID, List<PrivacyServiceStatus>> services(List<UUID> requestIds) {
        Map<UUID, List<PrivacyServiceStatus>> byRequest = new HashMap<>();
        jdbc.sql("""
                        select request_id, service, answered_at, records from privacy_answer
                        where request_id = any(cast(:ids as uuid[])) order by request_id, position""").param("ids", requestIds.toArray(UUID[]::new)).query((RowCallbackHandler) rs -> byRequest
                .computeIfAbsent(rs.getObject("request_id", UUID.class), id -> new ArrayList<>())
                .add(new PrivacyServiceStatus(
                        rs.getString("service"), instant(rs, "answered_at"), rs.getObject("records", Integer.class))));
        return byRequest;
    }

    private static PrivacyRequestView view(
            ResultSet rs, Map<UUID, List<PrivacyServiceStatus>> services, String document) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new PrivacyRequestView(
                id,
                PrivacyRequestKind.valueOf(rs.getString("kind")),
                instant(rs, "requested_at"),
                instant(rs, "completed_at"),
                instant(rs, "expires_at"),
                services.getOrDefault(id, List.of()),
                document);
    }

    @Override
    public int deleteExportsOf(List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from privacy_request where kind = 'EXPORT' and lead_ids && cast(:leads as uuid[])")
                .param("leads", leadIds.toArray(UUID[]::new))
                .update();
    }

    @Override
    public int deleteExpiredExports(Instant now) {
        return jdbc.sql("delete from privacy_request where kind = 'EXPORT' and expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
