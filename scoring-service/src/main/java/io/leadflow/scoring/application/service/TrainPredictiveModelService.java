package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.predictive.NotEnoughOutcomesException;
import io.leadflow.scoring.application.port.in.predictive.PredictiveModelNotFoundException;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.TrainingRound;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveTrainer;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import io.leadflow.scoring.domain.predictive.Comparison;
import io.leadflow.scoring.domain.predictive.Evaluation;
import io.leadflow.scoring.domain.predictive.FeatureSpace;
import io.leadflow.scoring.domain.predictive.HoldOut;
import io.leadflow.scoring.domain.predictive.LabelledLead;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Outcome;
import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Trains a version from every lead whose deal was won or lost, each seen as it stood when its outcome became known:
 * the earlier outcomes teach, the latest ones (by time) judge, and the published rule models are replayed on the same
 * judged leads for comparison. The version is stored as a draft with its columns, evaluation and trees.
 */
class TrainPredictiveModelService implements TrainPredictiveModelUseCase {

    private static final int CHUNK = 2000;

    private final PredictiveModelRepository models;
    private final LeadHistories histories;
    private final ScoringModelRepository ruleModels;
    private final PredictiveTrainer trainer;
    private final Clock clock;
    private final PredictiveSettings settings;
    private final Duration quietPeriod;

    TrainPredictiveModelService(PredictiveServices.Ports ports) {
        this.models = ports.models();
        this.histories = ports.histories();
        this.ruleModels = ports.ruleModels();
        this.trainer = ports.trainer();
        this.clock = ports.clock();
        this.settings = ports.settings();
        this.quietPeriod = ports.scheduleQuietPeriod();
    }

    @Override
    public PredictiveVersion train(TrainPredictiveModelCommand command) {
        PredictiveModel model = models.model(command.modelId())
                .orElseThrow(() -> new PredictiveModelNotFoundException(command.modelId(), null));
        Map<String, LeadHistory> byLead = new HashMap<>();
        List<LabelledLead> known = outcomes(byLead);
        int won = (int) known.stream().filter(lead -> lead.outcome().won()).count();
        int lost = known.size() - won;
        int missingWon = settings.minimum().missingWon(won);
        int missingLost = settings.minimum().missingLost(lost);
        if (missingWon > 0 || missingLost > 0) {
            throw new NotEnoughOutcomesException(won, lost, missingWon, missingLost);
        }
        HoldOut split = HoldOut.split(known, settings.holdOutPercent());
        List<LeadSnapshot> training =
                split.training().stream().map(LabelledLead::snapshot).toList();
        FeatureSpace space = FeatureSpace.fit(training);
        float[] labels = new float[training.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = split.training().get(i).outcome().label();
        }
        LikelihoodModel trained = trainer.train(space.encode(training), space.size(), labels, settings);
        List<LeadSnapshot> judged =
                split.holdOut().stream().map(LabelledLead::snapshot).toList();
        double[] predicted = trained.predict(space.encode(judged), judged.size());
        Evaluation evaluation =
                Evaluation.of(split, settings.holdOutPercent(), predicted, compare(split.holdOut(), predicted, byLead));
        PredictiveVersion version = new PredictiveVersion(
                model.id(),
                0,
                ModelStatus.DRAFT,
                clock.instant(),
                command.actor(),
                space,
                evaluation,
                null,
                null,
                null);
        return models.add(version, trained.trees());
    }

    @Override
    public TrainingRound trainAll(String actor) {
        List<PredictiveVersion> trained = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        Instant quietSince = clock.instant().minus(quietPeriod);
        for (PredictiveModel model : models.models()) {
            boolean recent = models.versions(model.id()).stream()
                    .anyMatch(version -> version.trainedAt().isAfter(quietSince));
            if (recent) {
                continue;
            }
            try {
                trained.add(train(new TrainPredictiveModelCommand(model.id(), actor)));
            } catch (NotEnoughOutcomesException e) {
                skipped.put(model.id(), e.getMessage());
            }
        }
        return new TrainingRound(trained, skipped);
    }

    /** Every lead with a known outcome, as it stood when the outcome became known. */
    private List<LabelledLead> outcomes(Map<String, LeadHistory> byLead) {
        List<LabelledLead> known = new ArrayList<>();
        UUID after = null;
        List<LeadHistory> chunk;
        do {
            chunk = histories.chunk(after, CHUNK);
            for (LeadHistory lead : chunk) {
                Optional<Outcome> outcome = Outcome.of(lead.reached());
                if (outcome.isEmpty()) {
                    continue;
                }
                String id = lead.leadId().toString();
                byLead.put(id, lead);
                known.add(new LabelledLead(
                        id,
                        LeadSnapshot.of(
                                lead.profile(),
                                lead.segment(),
                                lead.events(),
                                lead.reached(),
                                outcome.get().at()),
                        outcome.get()));
            }
            if (!chunk.isEmpty()) {
                after = chunk.getLast().leadId().value();
            }
        } while (chunk.size() == CHUNK);
        return known;
    }

    /** How many judged won deals each would have sent to sales, and how many MQLs each would have made. */
    private Comparison compare(List<LabelledLead> judged, double[] predicted, Map<String, LeadHistory> byLead) {
        List<ScoringModel> rules = ruleModels.published();
        double threshold = settings.salesThresholdPercent() / 100d;
        int wonDeals = 0;
        int predictiveWon = 0;
        int predictiveMqls = 0;
        int rulesWon = 0;
        int rulesMqls = 0;
        for (int i = 0; i < judged.size(); i++) {
            LabelledLead lead = judged.get(i);
            boolean won = lead.outcome().won();
            boolean predictiveSends = predicted[i] >= threshold;
            LeadHistory history = byLead.get(lead.leadId());
            boolean rulesSend = rules.stream()
                    .anyMatch(rule -> BacktestService.simulate(
                                    rule, history, Instant.MIN, lead.outcome().at())
                            .isPresent());
            wonDeals += won ? 1 : 0;
            predictiveMqls += predictiveSends ? 1 : 0;
            predictiveWon += predictiveSends && won ? 1 : 0;
            rulesMqls += rulesSend ? 1 : 0;
            rulesWon += rulesSend && won ? 1 : 0;
        }
        return new Comparison(
                judged.size(),
                wonDeals,
                settings.salesThresholdPercent(),
                predictiveWon,
                predictiveMqls,
                rulesWon,
                rulesMqls,
                rules.stream().map(rule -> rule.id() + " v" + rule.version()).toList());
    }
}
