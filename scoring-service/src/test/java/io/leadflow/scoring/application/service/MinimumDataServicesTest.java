package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static io.leadflow.scoring.application.service.ScoringFixture.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Minimum data for an MQL through the use cases: the lead waits, is shown waiting, and a profile completes it. */
class MinimumDataServicesTest {

    private static final ScoringModel TITLE_REQUIRED = Models.model("""
            id: named
            threshold: 50
            requires: [jobTitle]
            rules:
              - {id: webinar, category: behaviour, event: {type: WEBINAR_ATTENDED}, points: 60}
            """);

    private final ScoringFixture scoring = new ScoringFixture(TITLE_REQUIRED);
    private final LeadId lead = LeadId.newId();

    private RecordProfileCommand profile(UUID eventId, Map<String, String> attributes, long secondsAgo) {
        return new RecordProfileCommand(
                eventId, lead, "kim@acme.com", attributes, NOW.minusSeconds(secondsAgo), CORRELATION);
    }

    @Test
    void a_lead_without_a_title_waits_visibly_and_the_profile_update_with_the_title_qualifies_it_once() {
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(profile(UUID.randomUUID(), Map.of("company.name", "ACME"), 900));
        ScoringServices.scoreEngagement(scoring.ports)
                .scoreEngagement(anEngagement(lead, EngagementType.WEBINAR_ATTENDED, 600));

        LeadView waiting = ScoringServices.findLead(scoring.ports).findLead(lead);
        assertThat(scoring.published(LeadQualifiedEvent.class)).isEmpty();
        assertThat(waiting.stage()).isEqualTo(LifecycleStage.NEW);
        assertThat(waiting.needsData().missing()).containsExactly("jobTitle");
        assertThat(waiting.needsData().modelId()).isEqualTo("named");

        UUID titled = UUID.randomUUID();
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(profile(titled, Map.of("company.name", "ACME", "jobTitle", "Head of IT"), 300));
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(profile(titled, Map.of("company.name", "ACME", "jobTitle", "Head of IT"), 300));
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(profile(UUID.randomUUID(), Map.of("jobTitle", "CIO"), 100));

        assertThat(scoring.published(LeadQualifiedEvent.class)).singleElement().satisfies(event -> {
            assertThat(event.model()).isEqualTo("named");
            assertThat(event.metadata().correlationId()).isEqualTo(CORRELATION);
            assertThat(event.reasons()).anyMatch(line -> line.contains("jobTitle=Head of IT"));
        });
        assertThat(scoring.published(LeadStageChangedEvent.class))
                .filteredOn(move -> move.to() == LifecycleStage.MQL)
                .hasSize(1);
        LeadView qualified = ScoringServices.findLead(scoring.ports).findLead(lead);
        assertThat(qualified.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(qualified.needsData()).isNull();
    }

    @Test
    void a_backtest_counts_a_lead_only_when_its_profile_has_the_required_data() {
        var webinar = Models.anEngagement(EngagementType.WEBINAR_ATTENDED, NOW.minusSeconds(60));
        LeadHistory untitled = new LeadHistory(
                lead, new ProfileFacts("kim@acme.com", Map.of(), NOW), null, List.of(webinar), Map.of());
        LeadHistory titled = new LeadHistory(
                lead,
                new ProfileFacts("kim@acme.com", Map.of("jobTitle", "CTO"), NOW),
                null,
                List.of(webinar),
                Map.of());

        assertThat(BacktestService.simulate(TITLE_REQUIRED, untitled, NOW.minusSeconds(3600), NOW)
                        .isPresent())
                .isFalse();
        assertThat(BacktestService.simulate(TITLE_REQUIRED, titled, NOW.minusSeconds(3600), NOW)
                        .isPresent())
                .isTrue();
    }
}
