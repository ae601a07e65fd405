package io.leadflow.scoring.domain;

import static io.leadflow.scoring.domain.Models.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person who objected to profiling is scored but never qualified by the automation. */
class ProfilingObjectionTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final ScoringModel DEFAULT = Models.defaultModel();
    private static final ProfileFacts BUSINESS = new ProfileFacts(
            "jane@acme.com",
            Map.of("freeMail", "false", "jobTitle", "Head of IT", "company.employees", "800"),
            NOW.minusSeconds(600));
    private static final ConsentStanding OBJECTED =
            new ConsentStanding(false, null, null, true, NOW.minusSeconds(3600));

    @Test
    void a_buying_signal_of_a_person_who_objected_qualifies_nobody_but_the_score_is_still_shown() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT)).withStoredConsent(OBJECTED);
        lead.updateProfile(BUSINESS, NOW);
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);
        lead.record(anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minusSeconds(4)), NOW);

        assertThat(lead.pullEvents()).noneMatch(LeadQualified.class::isInstance);
        assertThat(lead.stage()).isEqualTo(LifecycleStage.NEW);
        assertThat(lead.segmentScore(NOW).orElseThrow().score()).isPositive();
        assertThat(lead.consent().objectedSince()).isEqualTo(NOW.minusSeconds(3600));
    }

    @Test
    void an_unsubscribe_alone_does_not_keep_a_lead_from_qualifying() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT))
                .withStoredConsent(new ConsentStanding(true, NOW, "unsubscribed", false, null));
        lead.updateProfile(BUSINESS, NOW);
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);

        assertThat(lead.pullEvents()).anyMatch(LeadQualified.class::isInstance);
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
    }

    @Test
    void a_person_who_objected_after_qualifying_is_neither_requalified_when_recycled_nor_by_a_new_buying_signal() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        lead.updateProfile(BUSINESS, NOW);
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(500)), NOW.minusSeconds(490));
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        move(lead, LifecycleStage.MQL, LifecycleStage.REJECTED, 400);
        move(lead, LifecycleStage.REJECTED, LifecycleStage.NURTURING, 300);
        move(lead, LifecycleStage.NURTURING, LifecycleStage.RECYCLED, 200);
        lead.withStoredConsent(OBJECTED);
        lead.pullEvents();

        lead.recycle(new RecycleRequest("visited pricing twice", List.of()), NOW);
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);

        assertThat(lead.pullEvents()).noneMatch(LeadQualified.class::isInstance);
        assertThat(lead.stage()).isEqualTo(LifecycleStage.RECYCLED);
    }

    private static void move(LeadScore lead, LifecycleStage from, LifecycleStage to, long secondsAgo) {
        lead.recordStageChange(
                new StageChange(
                        UUID.randomUUID(), from, to, "because", "nurturing-service", NOW.minusSeconds(secondsAgo)),
                NOW);
    }
}
