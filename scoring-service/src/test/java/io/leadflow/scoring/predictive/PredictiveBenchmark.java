package io.leadflow.scoring.predictive;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.adapter.out.xgboost.XgboostTrainer;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.predictive.ChangePredictiveVersionCommand;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelCommand;
import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import io.leadflow.scoring.application.service.PredictiveServices;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import io.leadflow.scoring.domain.predictive.TrainingMinimum;
import io.leadflow.scoring.predictive.SyntheticHistory.SyntheticLead;
import io.leadflow.scoring.testing.ReadOnlyScoringModels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The predictive score's benchmark (a {@code main}, not a test): trains a version through the use case on N synthetic
 * leads (default 100,000; the histories are served from memory, so the figure is the training itself: snapshots,
 * columns, trees, hold-out evaluation and the rule-model comparison), then reads one lead's likelihood with its
 * reasons, first (loading the trees) and warm, and the probability alone as a rule condition reads it. Arguments: number of leads, training threads (default 1).
 */
public final class PredictiveBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PredictiveBenchmark.class);

    private PredictiveBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long started = System.nanoTime();
        List<SyntheticLead> leads = SyntheticHistory.generate(count, 19);
        LOG.info("generated {} synthetic leads in {} ms", count, millis(started));

        PredictiveSettings d = PredictiveSettings.defaults();
        PredictiveSettings settings = new PredictiveSettings(
                new TrainingMinimum(30, 30),
                d.holdOutPercent(),
                d.aucFloor(),
                d.salesThresholdPercent(),
                d.rounds(),
                d.maxDepth(),
                d.learningRate(),
                d.seed(),
                threads);
        PredictiveServices.Ports ports = new PredictiveServices.Ports(
                new InMemoryPredictiveModels(),
                new ListedHistories(leads.stream().map(SyntheticLead::history).toList()),
                ReadOnlyScoringModels.published(Models.defaultModel()),
                new XgboostTrainer(),
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
                settings,
                Duration.ofHours(12));
        PredictiveServices.createModel(ports).create(new CreatePredictiveModelCommand("bench", null, "benchmark"));

        started = System.nanoTime();
        PredictiveVersion version =
                PredictiveServices.trainModel(ports).train(new TrainPredictiveModelCommand("bench", "benchmark"));
        LOG.info(
                "trained on {} leads ({} threads) in {} ms: {} columns, hold-out AUC {}",
                count,
                threads,
                millis(started),
                version.features().size(),
                version.evaluation().auc());
        PredictiveServices.publishModel(ports).publish(new ChangePredictiveVersionCommand("bench", 1, "benchmark"));

        FindLeadLikelihoodQuery query = PredictiveServices.findLikelihood(ports);
        LeadId lead = leads.get(count / 2).history().leadId();
        started = System.nanoTime();
        Likelihood first = query.likelihoods(lead).getFirst();
        LOG.info("first likelihood (loads the trees) in {} ms: {} %", millis(started), first.percent());
        int repeats = 1000;
        started = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            query.likelihoods(leads.get(i % count).history().leadId());
        }
        LOG.info("warm likelihood with reasons: {} ms per lead over {} leads", millis(started) / repeats, repeats);

        LikelihoodModel trees = ports.trainer().load(ports.models().trees("bench", 1));
        Instant asOf = ports.clock().instant();
        double sum = 0;
        started = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            LeadHistory history = leads.get(i % count).history();
            LeadSnapshot snapshot =
                    LeadSnapshot.of(history.profile(), history.segment(), history.events(), history.reached(), asOf);
            sum += trees.predict(version.features().encode(snapshot), 1)[0];
        }
        LOG.info(
                "warm likelihood alone, as a rule reads it (snapshot, row, trees): {} ms per lead over {} leads"
                        + " (mean {})",
                millis(started) / repeats,
                repeats,
                sum / repeats);
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
