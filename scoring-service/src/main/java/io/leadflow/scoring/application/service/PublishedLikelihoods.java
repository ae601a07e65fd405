package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadEventStore;
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
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Those of {@code versions} whose model is among {@code asked}. */
    static List<PredictiveVersion> asked(List<PredictiveVersion> versions, Set<String> asked) {
        return versions.stream()
                .filter(version -> asked.contains(version.modelId()))
                .toList();
    }

    /** The lead's likelihood under {@code version}, with the features that moved it most. */
    Likelihood predict(PredictiveVersion version, LeadSnapshot snapshot) {
        LikelihoodModel model = model(version);
        float[] row = version.features().encode(snapshot);
        double probability = model.predict(row, 1)[0];
        return Likelihood.of(
                version.modelId(), version.version(), version.features(), row, probability, model.contributions(row));
    }

    /**
     * The lead's percent under each of {@code versions}, the probability alone (what a rule condition reads; the
     * contributions only explain it).
     */
    Likelihoods percents(List<PredictiveVersion> versions, LeadSnapshot snapshot) {
        Map<String, Likelihoods.Published> read = new HashMap<>();
        for (PredictiveVersion version : versions) {
            double probability = model(version).predict(version.features().encode(snapshot), 1)[0];
            read.put(
                    version.modelId(), new Likelihoods.Published(version.version(), Likelihood.percentOf(probability)));
        }
        return Likelihoods.of(read);
    }

    private LikelihoodModel model(PredictiveVersion version) {
        return loaded.computeIfAbsent(
                version.modelId() + "/" + version.version(),
                key -> trainer.load(models.trees(version.modelId(), version.version())));
    }

    /** The reads of one change of {@code leads} (their stored events holding the change's own) as of {@code asOf}. */
    LikelihoodReads reads(LeadEventStore eventStore, Collection<LeadId> leads, Instant asOf) {
        return new LikelihoodReads(this, eventStore, leads, asOf);
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

    static LeadSnapshot snapshot(LeadScore lead, List<Engagement> events, Instant asOf) {
        return LeadSnapshot.of(lead.profile(), lead.segment(), events, reached(lead), asOf);
    }

    /** The source for a backtest's replay: the lead as it stood at {@code asOf} (its events and stages until then). */
    LikelihoodSource read(LeadHistory lead, Instant asOf) {
        return asked -> {
            List<PredictiveVersion> versions = asked(published(), asked);
            if (versions.isEmpty()) {
                return Likelihoods.of(Map.of());
            }
            Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
            lead.reached().forEach((stage, at) -> {
                if (!at.isAfter(asOf)) {
                    reached.put(stage, at);
                }
            });
            return percents(versions, LeadSnapshot.of(lead.profile(), lead.segment(), lead.events(), reached, asOf));
        };
    }

    private static Map<LifecycleStage, Instant> reached(LeadScore lead) {
        Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
        for (StageChange change : lead.timeline()) {
            reached.merge(change.to(), change.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return reached;
    }
}
