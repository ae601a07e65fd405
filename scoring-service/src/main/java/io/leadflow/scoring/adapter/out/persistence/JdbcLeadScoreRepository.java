package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ModelState;
import io.leadflow.scoring.domain.StageChange;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's state over three tables: the lead row (locked {@code for update} by every change), its model states
 * (JSONB, one row per published model version) and its timeline (only ever inserted).
 */
@Repository
class JdbcLeadScoreRepository implements LeadScoreRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final LeadRows rows;

    JdbcLeadScoreRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch, LeadRows rows) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rows = rows;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LeadScore lock(LeadId leadId, List<ScoringModel> models) {
        Optional<LeadRows.LeadRow> row =
                rows.select("where lead_id = :id for update", Map.of("id", leadId.value())).stream()
                        .findFirst();
        if (row.isEmpty()) {
            jdbc.sql("insert into lead_state (lead_id) values (:leadId) on conflict do nothing")
                    .param("leadId", leadId.value())
                    .update();
            row = rows.select("where lead_id = :id for update", Map.of("id", leadId.value())).stream()
                    .findFirst();
        }
        return restore(List.of(row.orElseThrow()), models).getFirst();
    }

    /**
     * Two statements when every lead is known (the locking select, then its model states and timelines), two more
     * when some are new. Rows are locked in the order of their ids.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<LeadId, LeadScore> lockAll(Collection<LeadId> leadIds, List<ScoringModel> models) {
        List<UUID> ids = leadIds.stream().map(LeadId::value).distinct().toList();
        Map<String, Object> params = Map.of("ids", ids);
        String lockAll = "where lead_id in (:ids) order by lead_id for update";
        List<LeadRows.LeadRow> found = rows.select(lockAll, params);
        if (found.size() < ids.size()) {
            Set<UUID> known = new HashSet<>();
            found.forEach(row -> known.add(row.leadId()));
            jdbc.sql("insert into lead_state (lead_id) values :rows on conflict do nothing")
                    .param(
                            "rows",
                            ids.stream()
                                    .filter(id -> !known.contains(id))
                                    .sorted(LeadRows.ORDER)
                                    .map(id -> new Object[] {id})
                                    .toList())
                    .update();
            found = rows.select(lockAll, params);
        }
        Map<LeadId, LeadScore> locked = new HashMap<>();
        restore(found, models).forEach(lead -> locked.put(lead.leadId(), lead));
        return locked;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LeadScore> lockBatch(UUID after, int limit, List<ScoringModel> models) {
        List<LeadRows.LeadRow> batchRows = rows.select(
                "where lead_id > :after order by lead_id limit :limit for update",
                Map.of("after", after == null ? LeadRows.BEFORE_ALL : after, "limit", limit));
        return restore(batchRows, models);
    }

    @Override
    public Optional<LeadScore> find(LeadId leadId, List<ScoringModel> models) {
        List<LeadRows.LeadRow> found = rows.select("where lead_id = :id", Map.of("id", leadId.value()));
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(restore(found, models).getFirst());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(LeadScore lead) {
        saveAll(List.of(lead));
    }

    /** Three JDBC batches whatever the number of leads: lead rows, model states, new timeline entries. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAll(Collection<LeadScore> leads) {
        rows.updateAll(leads);
        List<MapSqlParameterSource> states = new ArrayList<>();
        List<MapSqlParameterSource> timeline = new ArrayList<>();
        for (LeadScore lead : leads) {
            UUID leadId = lead.leadId().value();
            Map<String, ScoringModel> byKey = new HashMap<>();
            lead.models().forEach(model -> byKey.put(model.key(), model));
            lead.states().forEach((key, state) -> {
                ScoringModel model = byKey.get(key);
                if (model != null) {
                    states.add(new MapSqlParameterSource()
                            .addValue("leadId", leadId)
                            .addValue("modelId", model.id())
                            .addValue("version", model.version())
                            .addValue("state", rows.json(state.snapshot())));
                }
            });
            lead.timeline()
                    .forEach(c -> timeline.add(new MapSqlParameterSource()
                            .addValue("eventId", c.eventId())
                            .addValue("leadId", leadId)
                            .addValue("from", c.from().name())
                            .addValue("to", c.to().name())
                            .addValue("reason", c.reason())
                            .addValue("actor", c.actor())
                            .addValue("occurredAt", LeadRows.timestamp(c.occurredAt()))
                            .addValue("amount", c.amount())
                            .addValue("currency", c.currency())
                            .addValue("assignedTo", c.assignedTo())));
        }
        if (!states.isEmpty()) {
            batch.batchUpdate("""
                    insert into lead_model_state (lead_id, model_id, version, state)
                    values (:leadId, :modelId, :version, cast(:state as jsonb))
                    on conflict (lead_id, model_id, version) do update set state = excluded.state""", states.toArray(MapSqlParameterSource[]::new));
        }
        if (!timeline.isEmpty()) {
            batch.batchUpdate("""
                    insert into timeline (event_id, lead_id, from_stage, to_stage, reason, actor, occurred_at, amount,
                                          currency, assigned_to)
                    values (:eventId, :leadId, :from, :to, :reason, :actor, :occurredAt, :amount, :currency,
                            :assignedTo)
                    on conflict (event_id) do nothing""", timeline.toArray(MapSqlParameterSource[]::new));
        }
    }

    @Override
    public LeadPage search(LeadSearch search) {
        return LeadListSql.search(jdbc, search);
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from lead_state").query(Long.class).single();
    }

    @Override
    public void forgetStatesOfUnpublishedModels() {
        jdbc.sql("""
                delete from lead_model_state s where not exists (select 1 from scoring_model_version v
                    where v.model_id = s.model_id and v.version = s.version and v.status = 'PUBLISHED')""").update();
    }

    private List<LeadScore> restore(List<LeadRows.LeadRow> leadRows, List<ScoringModel> models) {
        if (leadRows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = leadRows.stream().map(LeadRows.LeadRow::leadId).toList();
        Map<String, ScoringModel> byKey = new HashMap<>();
        models.forEach(model -> byKey.put(model.key(), model));
        Map<UUID, Map<String, ModelState>> states = new HashMap<>();
        jdbc.sql("select lead_id, model_id, version, state::text from lead_model_state where lead_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    String key = rs.getString(2) + "@" + rs.getInt(3);
                    if (byKey.containsKey(key)) {
                        states.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                                .put(key, new ModelState(rows.ruleStates(rs.getString(4))));
                    }
                });
        Map<UUID, List<StageChange>> timelines = rows.timelines(ids);
        return leadRows.stream()
                .map(row -> row.restore(
                        models,
                        states.getOrDefault(row.leadId(), Map.of()),
                        timelines.getOrDefault(row.leadId(), List.of())))
                .toList();
    }
}
