package io.leadflow.scoring;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.StageChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic leads with outcomes stored as scoring keeps real ones (profile, engagements, stage moves), for the
 * predictive ITs that share one database: each test forgets what it stored, so another test's count of known outcomes
 * (the cold-start refusal) does not depend on which test ran first.
 */
final class StoredHistories {

    private final LeadScoreRepository leads;
    private final LeadEventStore events;
    private final ScoringModelRepository ruleModels;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final List<UUID> stored = new ArrayList<>();

    StoredHistories(
            LeadScoreRepository leads,
            LeadEventStore events,
            ScoringModelRepository ruleModels,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.leads = leads;
        this.events = events;
        this.ruleModels = ruleModels;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    void store(LeadHistory history) {
        transactions.executeWithoutResult(status -> {
            LeadScore lead = leads.lock(history.leadId(), ruleModels.published());
            lead.modelsWithoutState().forEach(model -> lead.rebuild(model, List.of()));
            lead.updateProfile(history.profile(), history.profile().asOf());
            history.events().forEach(event -> lead.record(event, event.occurredAt()));
            LifecycleStage from = LifecycleStage.NEW;
            for (Map.Entry<LifecycleStage, Instant> reached : history.reached().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .toList()) {
                lead.recordStageChange(
                        new StageChange(
                                UUID.randomUUID(),
                                from,
                                reached.getKey(),
                                "synthetic",
                                "synthetic",
                                reached.getValue()),
                        reached.getValue());
                from = reached.getKey();
            }
            leads.save(lead);
            history.events().forEach(event -> events.add(history.leadId(), event));
        });
        stored.add(history.leadId().value());
    }

    /** Leads that reached the stage, whoever stored them. */
    long outcomes(LifecycleStage stage) {
        return jdbc.sql("select count(distinct lead_id) from timeline where to_stage = :stage")
                .param("stage", stage.name())
                .query(Long.class)
                .single();
    }

    /** Deletes every row naming a stored lead: the tables that refer to {@code lead_state} first. */
    void forget() {
        if (stored.isEmpty()) {
            return;
        }
        String[] ids = stored.stream().map(UUID::toString).toArray(String[]::new);
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'lead_id' and table_name <> 'lead_state'
                        """).query(String.class).list();
        transactions.executeWithoutResult(status -> {
            tables.forEach(table -> jdbc.sql("delete from " + table + " where lead_id::text = any(:ids)")
                    .param("ids", ids)
                    .update());
            jdbc.sql("delete from lead_state where lead_id::text = any(:ids)")
                    .param("ids", ids)
                    .update();
        });
        stored.clear();
    }
}
