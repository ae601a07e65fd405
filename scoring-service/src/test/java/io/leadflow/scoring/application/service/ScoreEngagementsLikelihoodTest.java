package io.leadflow.scoring.application.service;

import static io.leadflow.scoring.application.service.ScoringFixture.randomEngagements;
import static io.leadflow.scoring.application.service.ScoringFixture.someLeads;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.PredictedLikelihood;
import io.leadflow.scoring.adapter.out.xgboost.XgboostTrainer;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementsCommand;
import io.leadflow.scoring.application.port.in.predictive.ChangePredictiveVersionCommand;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelCommand;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.model.ScoringModel;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import io.leadflow.scoring.domain.predictive.TrainingMinimum;
import io.leadflow.scoring.predictive.InMemoryPredictiveModels;
import io.leadflow.scoring.predictive.ListedHistories;
import io.leadflow.scoring.predictive.SyntheticHistory;
import io.leadflow.scoring.predictive.SyntheticHistory.SyntheticLead;
import io.leadflow.scoring.testing.ReadOnlyScoringModels;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Engagements scored many per message under a rule model that fast-tracks on a published XGBoost version: each lead's
 * rules read the likelihood of the lead as it stands with every event stored so far, the percent a rule compares is
 * the one the qualification carries to hand-off, and a lead whose likelihood ends at the bar is never left behind.
 */
class ScoreEngagementsLikelihoodTest {

    private static final int BAR = 70;
    private static final ScoringModel FAST_TRACK_ON_LIKELIHOOD = Models.model("""
            id: likely
            threshold: 100
            fastTrack:
              minFitGrade: D
              conditions: [{attribute: likelihood.win, op: range, min: %d}]
            rules:
              - {id: pricing, category: behaviour, event: {type: PRICING_PAGE_VISITED}, points: 1}
            """.formatted(BAR));

    private static InMemoryPredictiveModels versions;

    @BeforeAll
    static void publishAVersionTrainedOnSyntheticHistory() {
        versions = new InMemoryPredictiveModels();
        List<SyntheticLead> leads = SyntheticHistory.generate(800, 23);
        PredictiveSettings d = PredictiveSettings.defaults();
        PredictiveServices.Ports ports = new PredictiveServices.Ports(
                versions,
                new ListedHistories(leads.stream().map(SyntheticLead::history).toList()),
                ReadOnlyScoringModels.published(Models.defaultModel()),
                new XgboostTrainer(),
                Clock.fixed(ScoringFixture.NOW, ZoneOffset.UTC),
                new PredictiveSettings(
                        new TrainingMinimum(10, 10),
                        d.holdOutPercent(),
                        0,
                        d.salesThresholdPercent(),
                        d.rounds(),
                        d.maxDepth(),
                        d.learningRate(),
                        d.seed(),
                        1),
                Duration.ofHours(12));
        PredictiveServices.createModel(ports).create(new CreatePredictiveModelCommand("win", null, "mia"));
        PredictiveServices.trainModel(ports).train(new TrainPredictiveModelCommand("win", "mia"));
        PredictiveServices.publishModel(ports).publish(new ChangePredictiveVersionCommand("win", 1, "mia"));
    }

    @Test
    void rules_read_each_leads_likelihood_with_every_stored_event_and_hand_off_gets_the_same_percent() {
        Random random = new Random(31L);
        List<LeadId> leads = someLeads(40);
        List<ScoreEngagementCommand> engagements = randomEngagements(random, leads, 400, 90);
        List<ScoreEngagementCommand> deliveries = new ArrayList<>(engagements);
        deliveries.addAll(engagements.subList(0, 50));
        Collections.shuffle(deliveries, random);
        PublishedLikelihoods likelihoods = new PublishedLikelihoods(versions, new XgboostTrainer());
        ScoringFixture suite = new ScoringFixture(FAST_TRACK_ON_LIKELIHOOD, likelihoods);
        for (int from = 0; from < deliveries.size(); from += 45) {
            ScoringServices.scoreEngagements(suite.ports)
                    .scoreEngagements(new ScoreEngagementsCommand(
                            deliveries.subList(from, Math.min(from + 45, deliveries.size()))));
        }

        Map<LeadId, LeadQualifiedEvent> qualified = suite.published(LeadQualifiedEvent.class).stream()
                .collect(Collectors.toMap(q -> new LeadId(q.metadata().leadId()), Function.identity()));
        assertThat(qualified.size()).as("leads fast-tracked").isBetween(1, leads.size() - 1);
        qualified.values().forEach(q -> {
            assertThat(q.fastTrack()).isTrue();
            int carried = q.likelihoods().stream()
                    .filter(l -> l.model().equals("win"))
                    .mapToInt(PredictedLikelihood::percent)
                    .findFirst()
                    .orElseThrow();
            assertThat(carried).isGreaterThanOrEqualTo(BAR);
            assertThat(q.reasons().getFirst())
                    .startsWith("Fast-track: likelihood " + carried + " % (win v1) ≥ " + BAR + " %");
        });
        for (LeadId lead : leads) {
            int now = likelihoods
                    .all(
                            suite.leads
                                    .find(lead, List.of(FAST_TRACK_ON_LIKELIHOOD))
                                    .orElseThrow(),
                            () -> suite.ports.eventStore().history(lead),
                            ScoringFixture.NOW)
                    .getFirst()
                    .percent();
            if (now >= BAR) {
                assertThat(qualified).as("lead %s at %d %%", lead, now).containsKey(lead);
            }
        }
    }
}
