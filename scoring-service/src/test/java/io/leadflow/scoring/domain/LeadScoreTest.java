package io.leadflow.scoring.domain;

import static io.leadflow.scoring.domain.Models.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final ScoringModel DEFAULT = Models.defaultModel();
    private static final ProfileFacts BUSINESS = new ProfileFacts(
            "jane@acme.com",
            Map.of("freeMail", "false", "jobTitle", "Head of IT", "company.employees", "800"),
            NOW.minusSeconds(600));
    private static final ProfileFacts GMAIL =
            new ProfileFacts("jane@gmail.com", Map.of("freeMail", "true"), NOW.minusSeconds(600));

    private static List<LeadQualified> qualifications(LeadScore lead) {
        return lead.pullEvents().stream()
                .filter(LeadQualified.class::isInstance)
                .map(LeadQualified.class::cast)
                .toList();
    }

    @Test
    void a_lead_qualifies_once_when_its_score_reaches_the_threshold() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        lead.updateProfile(BUSINESS, NOW);
        lead.record(anEngagement(EngagementType.CONTENT_DOWNLOADED, NOW.minusSeconds(50)), NOW);
        lead.record(anEngagement(EngagementType.WEBINAR_ATTENDED, NOW.minusSeconds(40)), NOW);
        assertThat(qualifications(lead)).isEmpty();

        lead.record(anEngagement(EngagementType.WEBSITE_VISITED, NOW.minusSeconds(30)), NOW);
        List<LeadQualified> first = qualifications(lead);
        lead.record(anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minusSeconds(20)), NOW);

        assertThat(first).hasSize(1);
        assertThat(first.getFirst().fastTrack()).isFalse();
        assertThat(qualifications(lead)).isEmpty();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
    }

    @Test
    void a_demo_request_fast_tracks_a_lead_that_fits_but_not_a_free_mail_address() {
        LeadScore fits = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        fits.updateProfile(BUSINESS, NOW);
        fits.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);
        LeadScore gmail = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        gmail.updateProfile(GMAIL, NOW);
        gmail.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);

        assertThat(qualifications(fits))
                .singleElement()
                .satisfies(q -> assertThat(q.fastTrack()).isTrue());
        assertThat(qualifications(gmail)).isEmpty();
        assertThat(gmail.segmentScore(NOW).orElseThrow().score()).isEqualTo(40);
    }

    @Test
    void the_frozen_explanation_names_model_rules_events_profile_and_channel_and_adds_up() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        lead.updateProfile(BUSINESS, NOW);
        Engagement demo = new Engagement(
                UUID.randomUUID(),
                EngagementType.DEMO_REQUESTED,
                null,
                Channel.CONTACT_FORM,
                "website",
                "autumn-launch",
                Map.of(),
                NOW.minusSeconds(5));
        lead.record(demo, NOW);

        Explanation why = qualifications(lead).getFirst().explanation();

        assertThat(why.modelId()).isEqualTo("default");
        assertThat(why.modelVersion()).isEqualTo(1);
        assertThat(why.fitPoints() + why.engagementPoints() + why.scaleAdjustment())
                .isEqualTo(why.score());
        assertThat(why.contributions().stream().mapToInt(Contribution::points).sum())
                .isEqualTo(why.fitPoints() + why.engagementPoints());
        assertThat(why.contributions()).anySatisfy(c -> {
            assertThat(c.ruleId()).isEqualTo("demo-requested");
            assertThat(c.eventIds()).containsExactly(demo.eventId());
        });
        assertThat(why.lines())
                .contains("Demo requested (+50)")
                .anyMatch(line -> line.startsWith("Model default v1"))
                .anyMatch(line -> line.contains("jobTitle=Head of IT"))
                .anyMatch(line -> line.contains("CONTACT_FORM, source website, campaign autumn-launch"));
        assertThat(why.profile()).doesNotContainKeys("firstName", "lastName", "phone");
    }

    @Test
    void a_lead_already_with_sales_does_not_qualify_again() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        lead.updateProfile(BUSINESS, NOW);
        lead.recordStageChange(
                new StageChange(
                        UUID.randomUUID(),
                        LifecycleStage.NEW,
                        LifecycleStage.SAL,
                        "met",
                        "handoff-service",
                        NOW.minusSeconds(100)),
                NOW);

        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);

        assertThat(qualifications(lead)).isEmpty();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void a_recycled_lead_qualifies_again_keeping_its_timeline() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT));
        lead.updateProfile(BUSINESS, NOW);
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(500)), NOW.minusSeconds(490));
        lead.recordStageChange(
                new StageChange(
                        UUID.randomUUID(),
                        LifecycleStage.MQL,
                        LifecycleStage.REJECTED,
                        "timing",
                        "handoff-service",
                        NOW.minusSeconds(400)),
                NOW);
        lead.recordStageChange(
                new StageChange(
                        UUID.randomUUID(),
                        LifecycleStage.REJECTED,
                        LifecycleStage.NURTURING,
                        "track",
                        "nurturing-service",
                        NOW.minusSeconds(300)),
                NOW);
        lead.recordStageChange(
                new StageChange(
                        UUID.randomUUID(),
                        LifecycleStage.NURTURING,
                        LifecycleStage.RECYCLED,
                        "re-engaged",
                        "nurturing-service",
                        NOW.minusSeconds(200)),
                NOW);
        lead.pullEvents();

        assertThat(lead.recycle(
                        new RecycleRequest(
                                "visited pricing twice", List.of("2026-10-01 rejected by ann@acme.com: timing")),
                        NOW))
                .isEqualTo(Recycling.REQUALIFIED);

        assertThat(qualifications(lead)).singleElement().satisfies(q -> {
            assertThat(q.explanation().lines().getFirst()).isEqualTo("Recycled from nurturing: visited pricing twice");
            assertThat(q.explanation().lines()).contains("Earlier: 2026-10-01 rejected by ann@acme.com: timing");
        });
        assertThat(lead.timeline())
                .extracting(StageChange::to)
                .containsExactly(
                        LifecycleStage.MQL,
                        LifecycleStage.REJECTED,
                        LifecycleStage.NURTURING,
                        LifecycleStage.RECYCLED,
                        LifecycleStage.MQL);
    }

    @Test
    void the_highest_priority_segment_that_matches_qualifies_the_lead() {
        ScoringModel germany = Models.model("""
                id: germany
                segment: {name: dach, priority: 5, filter: [{attribute: country, op: oneOf, values: [DE, AT, CH]}]}
                threshold: 20
                rules:
                  - {id: visit, category: behaviour, event: {type: WEBSITE_VISITED}, points: 20}
                """);
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(DEFAULT, germany));
        lead.updateProfile(new ProfileFacts("max@firma.de", Map.of("country", "DE"), NOW.minusSeconds(60)), NOW);

        lead.record(anEngagement(EngagementType.WEBSITE_VISITED, NOW.minusSeconds(5)), NOW);

        LeadQualified qualified = qualifications(lead).getFirst();
        assertThat(qualified.explanation().modelId()).isEqualTo("germany");
        assertThat(qualified.explanation().segment()).isEqualTo("dach");
        assertThat(lead.scores(NOW)).extracting(ModelScore::modelId).containsExactly("germany", "default");
    }
}
