package io.leadflow.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leadflow.scoring.adapter.out.xgboost.XgboostTrainer;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.predictive.AucBelowFloorException;
import io.leadflow.scoring.application.port.in.predictive.ChangePredictiveVersionCommand;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.NotEnoughOutcomesException;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.TrainingRound;
import io.leadflow.scoring.application.service.PredictiveServices;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.predictive.Evaluation;
import io.leadflow.scoring.domain.predictive.HoldOut;
import io.leadflow.scoring.domain.predictive.LabelledLead;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.Metrics;
import io.leadflow.scoring.domain.predictive.Outcome;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import io.leadflow.scoring.domain.predictive.Reason;
import io.leadflow.scoring.domain.predictive.TrainingMinimum;
import io.leadflow.scoring.predictive.SyntheticHistory.SyntheticLead;
import io.leadflow.scoring.testing.ReadOnlyScoringModels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The predictive score end to end through its use cases, with the real XGBoost trainer: on synthetic leads whose
 * outcomes were drawn from a known propensity, the trained version must rank the hold-out almost as well as the truth.
 */
class PredictiveScoringTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<SyntheticLead> LEADS = SyntheticHistory.generate(5000, 19);

    private final InMemoryPredictiveModels models = new InMemoryPredictiveModels();

    private PredictiveServices.Ports ports(List<SyntheticLead> leads, PredictiveSettings settings) {
        return new PredictiveServices.Ports(
                models,
                new ListedHistories(leads.stream().map(SyntheticLead::history).toList()),
                ReadOnlyScoringModels.published(Models.defaultModel()),
                new XgboostTrainer(),
                CLOCK,
                settings,
                Duration.ofHours(12));
    }

    private PredictiveVersion trainOn(PredictiveServices.Ports ports) {
        if (models.model("win").isEmpty()) {
            PredictiveServices.createModel(ports).create(new CreatePredictiveModelCommand("win", "won deals", "mia"));
        }
        return PredictiveServices.trainModel(ports).train(new TrainPredictiveModelCommand("win", "mia"));
    }

    @Test
    void the_trained_version_ranks_the_latest_outcomes_within_005_auc_of_the_hidden_propensity() {
        PredictiveVersion version = trainOn(ports(LEADS, PredictiveSettings.defaults()));

        Map<String, SyntheticLead> byId = LEADS.stream()
                .collect(Collectors.toMap(lead -> lead.history().leadId().toString(), Function.identity()));
        List<LabelledLead> labelled =
                LEADS.stream().map(PredictiveScoringTest::labelled).toList();
        List<LabelledLead> holdOut = HoldOut.split(labelled, 20).holdOut();
        double[] truth = holdOut.stream()
                .mapToDouble(lead -> byId.get(lead.leadId()).propensity())
                .toArray();
        boolean[] won = new boolean[holdOut.size()];
        for (int i = 0; i < won.length; i++) {
            won[i] = holdOut.get(i).outcome().won();
        }
        double truthAuc = Metrics.rocAuc(truth, won);

        Evaluation evaluation = version.evaluation();
        assertThat(truthAuc).isGreaterThan(0.7);
        assertThat(evaluation.auc()).isCloseTo(truthAuc, within(0.05));
        assertThat(evaluation.holdOutLeads()).isEqualTo(1000);
        assertThat(evaluation.trainingLeads()).isEqualTo(4000);
        assertThat(evaluation.holdOutFrom())
                .isEqualTo(holdOut.getFirst().outcome().at());
        assertThat(evaluation.topDecileLift()).isGreaterThan(1.5);
        assertThat(evaluation.calibration()).hasSize(10);
        assertThat(evaluation.calibration().getLast().observed())
                .isGreaterThan(evaluation.calibration().getFirst().observed());
        assertThat(version.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(version.version()).isEqualTo(1);
    }

    @Test
    void the_version_is_compared_with_the_published_rule_model_on_the_same_hold_out() {
        PredictiveVersion version = trainOn(ports(LEADS, PredictiveSettings.defaults()));

        var comparison = version.evaluation().comparison();
        long wonInHoldOut =
                HoldOut.split(
                                LEADS.stream()
                                        .map(PredictiveScoringTest::labelled)
                                        .toList(),
                                20)
                        .holdOut()
                        .stream()
                        .filter(lead -> lead.outcome().won())
                        .count();
        assertThat(comparison.ruleModels()).containsExactly("default v1");
        assertThat(comparison.leads()).isEqualTo(1000);
        assertThat(comparison.wonDeals()).isEqualTo((int) wonInHoldOut);
        assertThat(comparison.salesThresholdPercent()).isEqualTo(50);
        // the default rules fast-track every demo request, so they send some won deals and make MQLs of lost ones
        assertThat(comparison.rulesWonSent()).isPositive().isLessThan(comparison.wonDeals());
        assertThat(comparison.rulesMqls()).isGreaterThan(comparison.rulesWonSent());
        assertThat(comparison.predictiveWonSent()).isPositive().isLessThanOrEqualTo(comparison.predictiveMqls());
    }

    @Test
    void training_refuses_a_cold_start_and_says_how_many_won_and_lost_outcomes_are_missing() {
        List<SyntheticLead> few = LEADS.subList(0, 40);
        int won = (int)
                few.stream().filter(lead -> labelled(lead).outcome().won()).count();
        var ports = ports(few, settings(new TrainingMinimum(30, 30), 0.6));

        assertThatThrownBy(() -> trainOn(ports)).isInstanceOfSatisfying(NotEnoughOutcomesException.class, e -> {
            assertThat(e.won()).isEqualTo(won);
            assertThat(e.lost()).isEqualTo(40 - won);
            assertThat(e.missingWon()).isEqualTo(Math.max(0, 30 - won));
            assertThat(e.missingLost()).isEqualTo(Math.max(0, 30 - (40 - won)));
        });
        assertThat(models.versions("win")).isEmpty();
    }

    @Test
    void a_version_below_the_auc_floor_is_not_published_and_a_good_one_archives_the_former() {
        var strict = ports(LEADS.subList(0, 1500), settings(new TrainingMinimum(30, 30), 0.99));
        PredictiveVersion first = trainOn(strict);

        assertThatThrownBy(() -> PredictiveServices.publishModel(strict)
                        .publish(new ChangePredictiveVersionCommand("win", first.version(), "mia")))
                .isInstanceOf(AucBelowFloorException.class)
                .hasMessageContaining("below the publishing floor 0.990");
        assertThat(models.published()).isEmpty();

        var usual = ports(LEADS.subList(0, 1500), PredictiveSettings.defaults());
        PredictiveServices.publishModel(usual).publish(new ChangePredictiveVersionCommand("win", 1, "mia"));
        PredictiveVersion second = trainOn(usual);
        PredictiveServices.publishModel(usual).publish(new ChangePredictiveVersionCommand("win", 2, "leo"));

        assertThat(models.version("win", 1).orElseThrow().status()).isEqualTo(ModelStatus.ARCHIVED);
        assertThat(models.version("win", 1).orElseThrow().archivedBy()).isEqualTo("leo");
        assertThat(models.published()).extracting(PredictiveVersion::version).containsExactly(second.version());
    }

    @Test
    void a_lead_under_a_published_version_has_a_likelihood_and_the_features_that_moved_it() {
        var ports = ports(LEADS, PredictiveSettings.defaults());
        trainOn(ports);
        PredictiveServices.publishModel(ports).publish(new ChangePredictiveVersionCommand("win", 1, "mia"));
        SyntheticLead likely = LEADS.stream()
                .max(Comparator.comparingDouble(SyntheticLead::propensity))
                .orElseThrow();
        SyntheticLead unlikely = LEADS.stream()
                .min(Comparator.comparingDouble(SyntheticLead::propensity))
                .orElseThrow();

        var query = PredictiveServices.findLikelihood(ports);
        Likelihood high = query.likelihoods(likely.history().leadId()).getFirst();
        Likelihood low = query.likelihoods(unlikely.history().leadId()).getFirst();

        assertThat(high.model()).isEqualTo("win");
        assertThat(high.percent()).isGreaterThan(low.percent());
        assertThat(high.percent()).isBetween(0, 100);
        assertThat(high.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(Likelihood.REASONS);
        assertThat(high.reasons().getFirst().text()).matches(".+: [+-]\\d\\.\\d\\d");
        assertThat(high.reasons())
                .extracting(Reason::contribution)
                .isSortedAccordingTo(Comparator.comparingDouble(c -> -Math.abs(c)));
    }

    @Test
    void the_schedule_trains_models_not_trained_lately_and_names_those_without_enough_outcomes() {
        var ports = ports(LEADS.subList(0, 1500), PredictiveSettings.defaults());
        trainOn(ports);
        PredictiveServices.createModel(ports).create(new CreatePredictiveModelCommand("fresh", null, "mia"));

        TrainingRound round = PredictiveServices.trainModel(ports).trainAll("schedule");

        assertThat(round.trained()).extracting(PredictiveVersion::modelId).containsExactly("fresh");
        assertThat(round.trained().getFirst().trainedBy()).isEqualTo("schedule");
        assertThat(models.versions("win")).hasSize(1);

        var starved = ports(LEADS.subList(0, 1500), settings(new TrainingMinimum(5000, 5000), 0.6));
        PredictiveServices.createModel(starved).create(new CreatePredictiveModelCommand("starved", null, "mia"));
        TrainingRound cold = PredictiveServices.trainModel(starved).trainAll("schedule");

        assertThat(cold.trained()).isEmpty();
        assertThat(cold.skipped()).containsOnlyKeys("starved");
        assertThat(cold.skipped().get("starved")).contains("more won and");
    }

    private static PredictiveSettings settings(TrainingMinimum minimum, double floor) {
        PredictiveSettings d = PredictiveSettings.defaults();
        return new PredictiveSettings(
                minimum,
                d.holdOutPercent(),
                floor,
                d.salesThresholdPercent(),
                d.rounds(),
                d.maxDepth(),
                d.learningRate(),
                d.seed(),
                d.threads());
    }

    private static LabelledLead labelled(SyntheticLead lead) {
        LeadHistory history = lead.history();
        Outcome outcome = Outcome.of(history.reached()).orElseThrow();
        return new LabelledLead(
                history.leadId().toString(),
                LeadSnapshot.of(
                        history.profile(), history.segment(), history.events(), history.reached(), outcome.at()),
                outcome);
    }
}
