package io.leadflow.scoring.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.domain.Engagement;
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

/**
 * What every {@link LeadHistories} reads, whether from the in-memory leads and events or from PostgreSQL: the leads
 * stored through {@link LeadScoreRepository} with the engagements stored through {@link LeadEventStore}.
 */
public abstract class LeadHistoriesContract {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final List<ScoringModel> MODELS = List.of(Models.defaultModel());

    protected abstract LeadScoreRepository leads();

    protected abstract LeadEventStore events();

    protected abstract LeadHistories histories();

    private static StageChange move(LifecycleStage from, LifecycleStage to, Instant at) {
        return new StageChange(UUID.randomUUID(), from, to, "because", "handoff-service", at);
    }

    @Test
    void chunks_page_through_every_lead_in_the_databases_id_order() {
        List<UUID> ids = List.of(
                UUID.fromString("00000000-0000-4000-8000-000000000001"),
                UUID.fromString("7fffffff-0000-4000-8000-000000000001"),
                UUID.fromString("80000000-0000-4000-8000-000000000001"),
                UUID.fromString("ffffffff-0000-4000-8000-000000000001"));
        List.of(ids.get(3), ids.get(1), ids.get(0), ids.get(2)).forEach(id -> leads().lock(new LeadId(id), MODELS));

        assertThat(histories().chunk(null, 3))
                .extracting(history -> history.leadId().value())
                .containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(histories().chunk(ids.get(2), 3))
                .extracting(history -> history.leadId().value())
                .containsExactly(ids.get(3));
        assertThat(histories().chunk(ids.get(3), 3)).isEmpty();
    }

    @Test
    void a_leads_history_has_its_profile_segment_events_oldest_first_and_when_it_first_reached_each_stage() {
        LeadId id = LeadId.newId();
        LeadScore lead = leads().lock(id, MODELS);
        lead.modelsWithoutState().forEach(model -> lead.rebuild(model, List.of()));
        ProfileFacts profile = new ProfileFacts("jo@acme.example", Map.of("company", "Acme", "country", "DE"), T0);
        lead.updateProfile(profile, T0);
        Engagement later = Models.anEngagement(EngagementType.PRICING_PAGE_VISITED, T0.plusSeconds(60));
        Engagement sooner = Models.anEngagement(EngagementType.WEBINAR_ATTENDED, T0.plusSeconds(30));
        lead.record(later, T0.plusSeconds(60));
        lead.record(sooner, T0.plusSeconds(60));
        lead.recordStageChange(move(LifecycleStage.NEW, LifecycleStage.MQL, T0.plusSeconds(90)), T0);
        lead.recordStageChange(move(LifecycleStage.MQL, LifecycleStage.SAL, T0.plusSeconds(120)), T0);
        lead.recordStageChange(move(LifecycleStage.SAL, LifecycleStage.MQL, T0.plusSeconds(150)), T0);
        leads().save(lead);
        events().add(id, later);
        events().add(id, sooner);
        events().add(LeadId.newId(), Models.anEngagement(EngagementType.EMAIL_OPENED, T0));

        LeadHistory history = histories().chunk(null, 10).getFirst();

        assertThat(history.leadId()).isEqualTo(id);
        assertThat(history.profile()).isEqualTo(profile);
        assertThat(history.segment()).isEqualTo("all");
        assertThat(history.events()).containsExactly(sooner, later);
        assertThat(history.reached())
                .isEqualTo(Map.of(LifecycleStage.MQL, T0.plusSeconds(90), LifecycleStage.SAL, T0.plusSeconds(120)));
    }

    @Test
    void a_lead_never_scored_nor_moved_has_no_segment_events_or_stages() {
        LeadId id = LeadId.newId();
        leads().lock(id, MODELS);

        LeadHistory history = histories().chunk(null, 10).getFirst();

        assertThat(history.leadId()).isEqualTo(id);
        assertThat(history.segment()).isNull();
        assertThat(history.events()).isEmpty();
        assertThat(history.reached()).isEmpty();
    }

    @Test
    void one_lead_is_read_by_its_id_with_its_events_and_stages_and_an_unknown_lead_is_empty() {
        LeadId id = LeadId.newId();
        LeadScore lead = leads().lock(id, MODELS);
        lead.recordStageChange(move(LifecycleStage.NEW, LifecycleStage.MQL, T0.plusSeconds(90)), T0);
        leads().save(lead);
        leads().lock(LeadId.newId(), MODELS);
        Engagement visit = Models.anEngagement(EngagementType.PRICING_PAGE_VISITED, T0);
        events().add(id, visit);

        LeadHistory history = histories().lead(id).orElseThrow();

        assertThat(history.leadId()).isEqualTo(id);
        assertThat(history.events()).containsExactly(visit);
        assertThat(history.reached()).isEqualTo(Map.of(LifecycleStage.MQL, T0.plusSeconds(90)));
        assertThat(histories().lead(LeadId.newId())).isEmpty();
    }
}
