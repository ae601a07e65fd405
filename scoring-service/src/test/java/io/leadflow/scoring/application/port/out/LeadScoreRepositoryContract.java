package io.leadflow.scoring.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.StageChange;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LeadScoreRepository} does, whether it keeps leads in memory or in PostgreSQL. */
public abstract class LeadScoreRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final ScoringModel MODEL = Models.defaultModel();
    private static final List<ScoringModel> MODELS = List.of(MODEL);

    protected abstract LeadScoreRepository leads();

    private static StageChange move(LifecycleStage from, LifecycleStage to, Instant at) {
        return new StageChange(UUID.randomUUID(), from, to, "because", "handoff-service", at);
    }

    @Test
    void a_lead_heard_of_for_the_first_time_is_locked_as_new_and_counted() {
        LeadId lead = LeadId.newId();

        LeadScore locked = leads().lock(lead, MODELS);

        assertThat(locked.leadId()).isEqualTo(lead);
        assertThat(locked.stage()).isEqualTo(LifecycleStage.NEW);
        assertThat(locked.timeline()).isEmpty();
        assertThat(leads().count()).isEqualTo(1);
        assertThat(leads().find(lead, MODELS)).isPresent();
    }

    @Test
    void a_lead_scoring_never_heard_of_is_not_found() {
        assertThat(leads().find(LeadId.newId(), MODELS)).isEmpty();
        assertThat(leads().count()).isZero();
    }

    @Test
    void a_saved_lead_is_found_again_with_its_scores_first_touch_profile_and_timeline() {
        LeadId id = LeadId.newId();
        LeadScore lead = leads().lock(id, MODELS);
        lead.modelsWithoutState().forEach(model -> lead.rebuild(model, List.of()));
        lead.updateProfile(new ProfileFacts("jo@acme.example", Map.of("company", "Acme", "country", "DE"), T0), T0);
        lead.record(Models.anEngagement(EngagementType.PRICING_PAGE_VISITED, T0.plusSeconds(60)), T0);
        lead.record(Models.anEngagement(EngagementType.WEBINAR_ATTENDED, T0.plusSeconds(30)), T0);
        lead.recordStageChange(move(LifecycleStage.NEW, LifecycleStage.MQL, T0.plusSeconds(90)), T0);
        leads().save(lead);

        LeadScore found = leads().find(id, MODELS).orElseThrow();

        assertThat(found.scores(T0.plusSeconds(120))).isEqualTo(lead.scores(T0.plusSeconds(120)));
        assertThat(found.summary()).isEqualTo(lead.summary());
        assertThat(found.firstTouch()).isEqualTo(lead.firstTouch());
        assertThat(found.profile()).isEqualTo(lead.profile());
        assertThat(found.timeline()).isEqualTo(lead.timeline());
        assertThat(found.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(found.qualifiedAt()).isEqualTo(lead.qualifiedAt());
        assertThat(found.modelsWithoutState()).isEmpty();
    }

    @Test
    void a_lead_read_under_a_model_version_it_was_never_scored_by_has_no_state_for_it() {
        LeadId id = LeadId.newId();
        LeadScore lead = leads().lock(id, MODELS);
        lead.modelsWithoutState().forEach(model -> lead.rebuild(model, List.of()));
        leads().save(lead);
        ScoringModel next = new ScoringModel(
                MODEL.id(),
                MODEL.version() + 1,
                MODEL.description(),
                MODEL.segment(),
                MODEL.scale(),
                MODEL.threshold(),
                MODEL.halfLife(),
                MODEL.grades(),
                MODEL.fastTrack(),
                MODEL.rules());

        assertThat(leads().find(id, List.of(next)).orElseThrow().modelsWithoutState())
                .containsExactly(next);
        assertThat(leads().find(id, MODELS).orElseThrow().modelsWithoutState()).isEmpty();
    }

    @Test
    void timeline_entries_saved_in_later_changes_are_added_in_time_order() {
        LeadId id = LeadId.newId();
        LeadScore first = leads().lock(id, MODELS);
        StageChange toMql = move(LifecycleStage.NEW, LifecycleStage.MQL, T0);
        first.recordStageChange(toMql, T0);
        leads().save(first);
        LeadScore second = leads().lock(id, MODELS);
        StageChange toSal = move(LifecycleStage.MQL, LifecycleStage.SAL, T0.plusSeconds(60));
        second.recordStageChange(toSal, T0.plusSeconds(60));
        leads().save(second);

        assertThat(leads().find(id, MODELS).orElseThrow().timeline()).containsExactly(toMql, toSal);
    }

    @Test
    void batches_page_through_every_lead_in_the_databases_id_order() {
        List<UUID> ids = List.of(
                UUID.fromString("00000000-0000-4000-8000-000000000001"),
                UUID.fromString("7fffffff-0000-4000-8000-000000000001"),
                UUID.fromString("80000000-0000-4000-8000-000000000001"),
                UUID.fromString("ffffffff-0000-4000-8000-000000000001"));
        List.of(ids.get(2), ids.get(0), ids.get(3), ids.get(1)).forEach(id -> leads().lock(new LeadId(id), MODELS));

        assertThat(leads().lockBatch(null, 2, MODELS))
                .extracting(lead -> lead.leadId().value())
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(leads().lockBatch(ids.get(1), 2, MODELS))
                .extracting(lead -> lead.leadId().value())
                .containsExactly(ids.get(2), ids.get(3));
        assertThat(leads().lockBatch(ids.get(3), 2, MODELS)).isEmpty();
    }

    @Test
    void several_leads_locked_at_once_include_new_ones_and_are_saved_together() {
        LeadId known = LeadId.newId();
        LeadId unknown = LeadId.newId();
        leads().lock(known, MODELS);

        Map<LeadId, LeadScore> locked = leads().lockAll(List.of(unknown, known), MODELS);
        StageChange toMql = move(LifecycleStage.NEW, LifecycleStage.MQL, T0);
        locked.values()
                .forEach(lead -> lead.recordStageChange(
                        new StageChange(UUID.randomUUID(), toMql.from(), toMql.to(), "batch", "scoring-service", T0),
                        T0));
        leads().saveAll(locked.values());

        assertThat(locked).containsOnlyKeys(known, unknown);
        assertThat(leads().count()).isEqualTo(2);
        assertThat(leads().find(unknown, MODELS).orElseThrow().stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(leads().find(known, MODELS).orElseThrow().stage()).isEqualTo(LifecycleStage.MQL);
    }
}
