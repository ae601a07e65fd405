package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.anEngagement;
import static io.leadflow.scoring.application.service.ScoringFixture.randomEngagements;
import static io.leadflow.scoring.application.service.ScoringFixture.someLeads;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementsCommand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreEngagementsServiceTest {

    @Test
    void engagements_scored_many_per_message_give_every_lead_the_score_and_qualifications_of_one_by_one() {
        Random random = new Random(9L);
        List<LeadId> leads = someLeads(25);
        List<ScoreEngagementCommand> engagements = randomEngagements(random, leads, 300, 60);
        ScoringFixture oneByOne = new ScoringFixture();
        engagements.forEach(ScoringServices.scoreEngagement(oneByOne.ports)::scoreEngagement);

        List<ScoreEngagementCommand> deliveries = new ArrayList<>(engagements);
        deliveries.addAll(engagements.subList(0, 40));
        Collections.shuffle(deliveries, random);
        ScoringFixture together = new ScoringFixture();
        int applied = 0;
        for (int from = 0; from < deliveries.size(); from += 30) {
            applied += ScoringServices.scoreEngagements(together.ports)
                    .scoreEngagements(new ScoreEngagementsCommand(
                            deliveries.subList(from, Math.min(from + 30, deliveries.size()))));
        }

        assertThat(applied).isEqualTo(engagements.size());
        for (LeadId lead : leads) {
            assertThat(ScoringServices.findLead(together.ports).findLead(lead).scores())
                    .as("lead %s", lead)
                    .isEqualTo(ScoringServices.findLead(oneByOne.ports)
                            .findLead(lead)
                            .scores());
        }
        assertThat(together.published(LeadQualifiedEvent.class).stream()
                        .map(q -> q.metadata().leadId())
                        .sorted())
                .containsExactlyElementsOf(oneByOne.published(LeadQualifiedEvent.class).stream()
                        .map(q -> q.metadata().leadId())
                        .sorted()
                        .toList());
    }

    @Test
    void a_message_delivered_again_changes_nothing_and_announces_nothing() {
        LeadId lead = LeadId.newId();
        ScoreEngagementsCommand message = new ScoreEngagementsCommand(List.of(
                anEngagement(lead, EngagementType.WEBSITE_VISITED, 60),
                anEngagement(lead, EngagementType.EMAIL_CLICKED, 30),
                anEngagement(LeadId.newId(), EngagementType.EMAIL_OPENED, 10)));
        ScoringFixture scoring = new ScoringFixture();

        int first = ScoringServices.scoreEngagements(scoring.ports).scoreEngagements(message);
        int announced = scoring.published.size();
        int again = ScoringServices.scoreEngagements(scoring.ports).scoreEngagements(message);

        assertThat(first).isEqualTo(3);
        assertThat(again).isZero();
        assertThat(scoring.published).hasSize(announced);
        assertThat(scoring.published(LeadScoredEvent.class)).isNotEmpty();
        assertThat(ScoringServices.findLead(scoring.ports)
                        .findLead(lead)
                        .scores()
                        .getFirst()
                        .score())
                .isEqualTo(15);
    }
}
