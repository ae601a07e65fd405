package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveTrainer;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.LikelihoodSource;
import io.leadflow.scoring.domain.Likelihoods;
import io.leadflow.scoring.domain.StageChange;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The likelihoods of the published predictive versions, for the lead view, for rule conditions while a lead is scored
 * and for backtests. A version's trees never change, so each is loaded from storage once per instance and kept.
 */
public final class PublishedLikelihoods {

    private final PredictiveModelRepository models;
    private final PredictiveTrainer trainer;
    private final Map<String, LikelihoodModel> loaded = new ConcurrentHashMap<>();

    public PublishedLikelihoods(PredictiveModelRepository models, PredictiveTrainer trainer) {
        this.models = models;
        this.trainer = trainer;
    }

    /** No predictive model at all (a service wired without them): every likelihood condition is false. */
    public static PublishedLikelihoods none() {
        return new PublishedLikelihoods(null, null);
    }

    List<PredictiveVersion> published() {
        return models == null ? List.of() : models.published();
    }

    /** The lead's likelihood under {@code version}, with the features that moved it most. */
    Likelihood predict(PredictiveVersion version, LeadSnapshot snapshot) {
        LikelihoodModel model = loaded.computeIfAbsent(
                version.modelId() + "/" + version.version(),
                key -> trainer.load(models.trees(version.modelId(), version.version())));
        float[] row = version.features().encode(snapshot);
        double probability = model.predict(row, 1)[0];
        return Likelihood.of(
                version.modelId(), version.version(), version.features(), row, probability, model.contributions(row));
    }

    /**
     * The source a lead being changed reads its likelihoods from: the lead as it stands (its profile, its stored
     * events through {@code history}, its stage timeline and segment) as of {@code asOf}, under the versions published
     * now.
     */
    LikelihoodSource sourceFor(LeadScore lead, Supplier<List<Engagement>> history, Instant asOf) {
        return asked -> percents(asked, () -> snapshot(lead, history.get(), asOf));
    }

    /**
     * The lead's likelihood with its reasons under every published version, as it stands now, for the hand-off
     * notification; none for a person who objected to profiling.
     */
    List<Likelihood> all(LeadScore lead, Supplier<List<Engagement>> history, Instant asOf) {
        List<PredictiveVersion> versions = published();
        if (versions.isEmpty() || lead.consent().profilingObjected()) {
            return List.of();
        }
        LeadSnapshot snapshot = snapshot(lead, history.get(), asOf);
        return versions.stream().map(version -> predict(version, snapshot)).toList();
    }

    private static LeadSnapshot snapshot(LeadScore lead, List<Engagement> events, Instant asOf) {
        return LeadSnapshot.of(lead.profile(), lead.segment(), events, reached(lead), asOf);
    }

    private Likelihoods percents(java.util.Set<String> asked, Supplier<LeadSnapshot> snapshot) {
        Map<String, Likelihoods.Published> read = new HashMap<>();
        List<PredictiveVersion> versions = published().stream()
                .filter(version -> asked.contains(version.modelId()))
                .toList();
        if (versions.isEmpty()) {
            return Likelihoods.of(read);
        }
        LeadSnapshot lead = snapshot.get();
        for (PredictiveVersion version : versions) {
            read.put(
                    version.modelId(),
                    new Likelihoods.Published(
                            version.version(), predict(version, lead).percent()));
        }
        return Likelihoods.of(read);
    }

    /** The source for a backtest's replay: the lead as it stood at {@code asOf} (its events and stages until then). */
    LikelihoodSource read(LeadHistory lead, Instant asOf) {
        return asked -> percents(asked, () -> {
            Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
            lead.reached().forEach((stage, at) -> {
                if (!at.isAfter(asOf)) {
                    reached.put(stage, at);
                }
            });
            return LeadSnapshot.of(lead.profile(), lead.segment(), lead.events(), reached, asOf);
        });
    }

    private static Map<LifecycleStage, Instant> reached(LeadScore lead) {
        Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
        for (StageChange change : lead.timeline()) {
            reached.merge(change.to(), change.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return reached;
    }
}
