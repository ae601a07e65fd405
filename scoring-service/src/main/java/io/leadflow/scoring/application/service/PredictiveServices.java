package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
import io.leadflow.scoring.application.port.in.predictive.FindPredictiveModelQuery;
import io.leadflow.scoring.application.port.in.predictive.PublishPredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelUseCase;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveTrainer;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the predictive score's use cases the way {@link ScoringServices} builds the others: one static factory per
 * use case from the {@link Ports} record, which configuration declares once and a test fills with fakes.
 */
public final class PredictiveServices {

    /**
     * What the predictive use cases need: predictive versions and their trees, the leads' histories, the rule models
     * (to compare with), the trainer, the clock, the settings, and how long after a training the schedule leaves a
     * model alone (so replicas that share the schedule train it once).
     */
    public record Ports(
            PredictiveModelRepository models,
            LeadHistories histories,
            ScoringModelRepository ruleModels,
            PredictiveTrainer trainer,
            Clock clock,
            PredictiveSettings settings,
            Duration scheduleQuietPeriod) {}

    private PredictiveServices() {}

    public static CreatePredictiveModelUseCase createModel(Ports p) {
        return new CreatePredictiveModelService(p.models(), p.clock());
    }

    public static TrainPredictiveModelUseCase trainModel(Ports p) {
        return new TrainPredictiveModelService(p);
    }

    public static PublishPredictiveModelUseCase publishModel(Ports p) {
        return new PublishPredictiveModelService(
                p.models(), p.clock(), p.settings().aucFloor());
    }

    public static FindPredictiveModelQuery findModels(Ports p) {
        return new FindPredictiveModelService(p.models());
    }

    public static FindLeadLikelihoodQuery findLikelihood(Ports p) {
        return findLikelihood(p, new PublishedLikelihoods(p.models(), p.trainer()));
    }

    /** The lead view's likelihoods, sharing the versions loaded by {@code likelihoods} with scoring. */
    public static FindLeadLikelihoodQuery findLikelihood(Ports p, PublishedLikelihoods likelihoods) {
        return new FindLeadLikelihoodService(likelihoods, p.histories(), p.clock());
    }
}
