package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveTrainer;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's likelihood as of now under each published predictive version. A version's trees never change, so each is
 * loaded from storage once and kept.
 */
class FindLeadLikelihoodService implements FindLeadLikelihoodQuery {

    private final PredictiveModelRepository models;
    private final LeadHistories histories;
    private final PredictiveTrainer trainer;
    private final Clock clock;
    private final Map<String, LikelihoodModel> loaded = new ConcurrentHashMap<>();

    FindLeadLikelihoodService(
            PredictiveModelRepository models, LeadHistories histories, PredictiveTrainer trainer, Clock clock) {
        this.models = models;
        this.histories = histories;
        this.trainer = trainer;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Likelihood> likelihoods(LeadId leadId) {
        List<PredictiveVersion> published = models.published();
        if (published.isEmpty()) {
            return List.of();
        }
        Optional<LeadHistory> found = histories.lead(leadId);
        if (found.isEmpty()) {
            return List.of();
        }
        LeadHistory lead = found.get();
        Instant now = clock.instant();
        LeadSnapshot snapshot = LeadSnapshot.of(lead.profile(), lead.segment(), lead.events(), lead.reached(), now);
        return published.stream()
                .map(version -> {
                    LikelihoodModel model = loaded.computeIfAbsent(
                            version.modelId() + "/" + version.version(),
                            key -> trainer.load(models.trees(version.modelId(), version.version())));
                    float[] row = version.features().encode(snapshot);
                    double probability = model.predict(row, 1)[0];
                    return Likelihood.of(
                            version.modelId(),
                            version.version(),
                            version.features(),
                            row,
                            probability,
                            model.contributions(row));
                })
                .toList();
    }
}
