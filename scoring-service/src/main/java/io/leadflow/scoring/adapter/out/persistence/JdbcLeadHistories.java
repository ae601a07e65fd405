package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.domain.Engagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A chunk of leads with profile, events and the first time each stage was reached: three queries per chunk. */
@Repository
class JdbcLeadHistories implements LeadHistories {

    private final JdbcClient jdbc;
    private final LeadRows rows;
    private final JdbcLeadEventStore events;

    /**
     * A person who objected to profiling is neither replayed, nor learnt from, nor given a likelihood: the predictive
     * model profiles, and scoring's copy of the suppression list says who said no.
     */
    private static final String NOT_OBJECTED = "not exists (select 1 from consent_copy c "
            + "where c.lead_id = lead_state.lead_id and c.profiling_objected)";

    JdbcLeadHistories(JdbcClient jdbc, LeadRows rows, JdbcLeadEventStore events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
    }

    @Override
    public List<LeadHistory> chunk(UUID after, int limit) {
        return histories(rows.select(
                "where lead_id > :after and " + NOT_OBJECTED + " order by lead_id limit :limit",
                Map.of("after", after == null ? LeadRows.BEFORE_ALL : after, "limit", limit)));
    }

    @Override
    public Optional<LeadHistory> lead(LeadId leadId) {
        return histories(rows.select("where lead_id = :id and " + NOT_OBJECTED, Map.of("id", leadId.value()))).stream()
                .findFirst();
    }

    private List<LeadHistory> histories(List<LeadRows.LeadRow> leads) {
        if (leads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = leads.stream().map(LeadRows.LeadRow::leadId).toList();
        Map<UUID, List<Engagement>> byLead = new HashMap<>();
        jdbc.sql(JdbcLeadEventStore.COLUMNS
                        + " from lead_event where lead_id in (:ids) order by lead_id, occurred_at, event_id")
                .param("ids", ids)
                .query(rs -> {
                    byLead.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(events.engagement(rs));
                });
        Map<UUID, Map<LifecycleStage, Instant>> reached = new HashMap<>();
        jdbc.sql("""
                select lead_id, to_stage, min(occurred_at) from timeline where lead_id in (:ids)
                group by lead_id, to_stage""").param("ids", ids).query(rs -> {
            reached.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(LifecycleStage.class))
                    .put(LifecycleStage.valueOf(rs.getString(2)), LeadRows.instant(rs, 3));
        });
        return leads.stream()
                .map(lead -> new LeadHistory(
                        new LeadId(lead.leadId()),
                        lead.profile(),
                        lead.summary().segment(),
                        byLead.getOrDefault(lead.leadId(), List.of()),
                        reached.getOrDefault(lead.leadId(), Map.of()),
                        lead.account()))
                .toList();
    }
}
