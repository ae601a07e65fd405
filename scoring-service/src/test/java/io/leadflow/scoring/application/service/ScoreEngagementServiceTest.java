package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static io.leadflow.scoring.application.service.ScoringFixture.aProfile;
import static io.leadflow.scoring.application.service.ScoringFixture.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.in.RecordStageChangeCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import org.junit.jupiter.api.Test;

class ScoreEngagementServiceTest {

    private final ScoringFixture scoring = new ScoringFixture();
    private final LeadId lead = LeadId.newId();

    @Test
    void a_qualifying_engagement_publishes_the_score_the_qualification_and_the_move_to_mql() {
        scoring.recordProfile.recordProfile(aProfile(lead, "jane@acme.com", false));

        scoring.scoreEngagement.scoreEngagement(anEngagement(lead, EngagementType.DEMO_REQUESTED));

        assertThat(scoring.events.published()).hasSize(3);
        LeadScoredEvent scored = scoring.events.published(LeadScoredEvent.class).getFirst();
        assertThat(scored.score()).isEqualTo(50);
        assertThat(scored.model()).isEqualTo("default");
        LeadQualifiedEvent qualified = scoring.events.published(LeadQualifiedEvent.class).getFirst();
        assertThat(qualified.fastTrack()).isTrue();
        assertThat(qualified.fitGrade()).isEqualTo("B");
        assertThat(qualified.engagementGrade()).isEqualTo(2);
        assertThat(qualified.modelVersion()).isEqualTo(1);
        assertThat(qualified.reasons()).containsExactly("Fast-track: demo requested", "Demo requested (+50)");
        assertThat(qualified.metadata().correlationId()).isEqualTo(CORRELATION);
        LeadStageChangedEvent moved = scoring.events.published(LeadStageChangedEvent.class).getFirst();
        assertThat(moved.from()).isEqualTo(LifecycleStage.NEW);
        assertThat(moved.to()).isEqualTo(LifecycleStage.MQL);
        assertThat(moved.reason()).isEqualTo("fast-track: demo requested");
        assertThat(moved.actor()).isEqualTo("scoring-service");
        assertThat(moved.metadata().leadId()).isEqualTo(lead.value());

        LeadView view = scoring.findLead.findLead(lead);
        assertThat(view.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(view.qualifiedAt()).isEqualTo(NOW);
        assertThat(view.reasons()).containsExactly("Demo requested (+50)");
        assertThat(view.timeline()).singleElement()
                .isEqualTo(new LeadView.TimelineEntry(LifecycleStage.NEW, LifecycleStage.MQL,
                        "fast-track: demo requested", "scoring-service", NOW));
    }

    @Test
    void a_duplicate_event_id_changes_nothing_and_publishes_nothing() {
        ScoreEngagementCommand visit = anEngagement(lead, EngagementType.WEBSITE_VISITED);
        scoring.scoreEngagement.scoreEngagement(visit);
        scoring.events.clear();

        scoring.scoreEngagement.scoreEngagement(visit);

        assertThat(scoring.events.published()).isEmpty();
        assertThat(scoring.findLead.findLead(lead).score()).isEqualTo(10);
    }

    @Test
    void the_echo_of_scorings_own_move_to_mql_changes_nothing() {
        scoring.scoreEngagement.scoreEngagement(anEngagement(lead, EngagementType.QUOTE_REQUESTED));
        LeadStageChangedEvent own = scoring.events.published(LeadStageChangedEvent.class).getFirst();
        scoring.events.clear();

        scoring.recordStageChange.recordStageChange(new RecordStageChangeCommand(
                own.eventId(), lead, own.from(), own.to(), own.reason(), own.actor(), own.metadata().occurredAt(),
                CORRELATION));

        assertThat(scoring.events.published()).isEmpty();
        assertThat(scoring.findLead.findLead(lead).timeline()).hasSize(1);
    }

    @Test
    void an_engagement_before_the_profile_starts_the_lead_and_a_free_mail_profile_takes_points_afterwards() {
        scoring.scoreEngagement.scoreEngagement(anEngagement(lead, EngagementType.CONTENT_DOWNLOADED));

        scoring.recordProfile.recordProfile(aProfile(lead, "jane@gmail.com", true));

        assertThat(scoring.events.published(LeadScoredEvent.class)).extracting(LeadScoredEvent::score,
                LeadScoredEvent::fitGrade).containsExactly(
                        tuple(15, "B"), tuple(5, "D"));
        LeadView view = scoring.findLead.findLead(lead);
        assertThat(view.email()).isEqualTo("jane@gmail.com");
        assertThat(view.reasons()).containsExactly("Content downloaded (+15)", "Free-mail address (-10)");
    }

    @Test
    void a_free_mail_lead_asking_for_a_demo_is_not_fast_tracked() {
        scoring.recordProfile.recordProfile(aProfile(lead, "jane@gmail.com", true));

        scoring.scoreEngagement.scoreEngagement(anEngagement(lead, EngagementType.DEMO_REQUESTED));

        assertThat(scoring.events.published(LeadQualifiedEvent.class)).isEmpty();
        assertThat(scoring.findLead.findLead(lead).stage()).isEqualTo(LifecycleStage.NEW);
        assertThat(scoring.findLead.findLead(lead).score()).isEqualTo(40);
    }
}
