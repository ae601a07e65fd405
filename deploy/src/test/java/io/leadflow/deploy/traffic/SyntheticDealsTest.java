package io.leadflow.deploy.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leadflow.deploy.demo.EvaluationFigures;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.adapter.out.xgboost.XgboostTrainer;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelCommand;
import io.leadflow.scoring.application.service.PredictiveServices;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.predictive.Evaluation;
import io.leadflow.scoring.domain.predictive.HoldOut;
import io.leadflow.scoring.domain.predictive.LabelledLead;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Metrics;
import io.leadflow.scoring.domain.predictive.Outcome;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import io.leadflow.scoring.predictive.InMemoryPredictiveModels;
import io.leadflow.scoring.predictive.ListedHistories;
import io.leadflow.scoring.testing.ReadOnlyScoringModels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo's deals against scoring's own predictive training (its use cases and XGBoost, histories from memory): a
 * model trained on the demo generator's outcomes ranks the latest outcomes almost as well as the hidden propensity
 * they were drawn from, the best any model could do.
 */
class SyntheticDealsTest {

    private static final long SEED = 2026;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final List<SyntheticLeads.Lead> LEADS = SyntheticLeads.generate(SEED, 4000, "truth");
    private static final List<SyntheticDeals.Deal> DEALS = SyntheticDeals.of(LEADS, SEED);

    @Test
    void the_same_leads_and_seed_give_the_same_deals_and_a_better_fit_wins_more_often() {
        assertThat(SyntheticDeals.of(LEADS, SEED)).isEqualTo(DEALS);
        assertThat(SyntheticDeals.of(LEADS, SEED + 1)).isNotEqualTo(DEALS);
        assertThat(winRate(SyntheticLeads.Fit.IDEAL)).isGreaterThan(winRate(SyntheticLeads.Fit.GOOD));
        assertThat(winRate(SyntheticLeads.Fit.GOOD)).isGreaterThan(winRate(SyntheticLeads.Fit.WEAK));
        assertThat(winRate(SyntheticLeads.Fit.POOR)).isLessThan(0.1);
        assertThat(DEALS.stream().filter(deal -> deal.route() == SyntheticDeals.Route.HUBSPOT))
                .hasSizeBetween(1200, 1600);
    }

    @Test
    void the_evaluation_auc_agrees_with_scorings_own() {
        SplittableRandom random = new SplittableRandom(7);
        double[] predicted = new double[500];
        boolean[] won = new boolean[500];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = Math.round(random.nextDouble() * 20) / 20.0; // ties on purpose
            won[i] = random.nextDouble() < predicted[i];
        }

        assertThat(EvaluationFigures.rocAuc(predicted, won)).isCloseTo(Metrics.rocAuc(predicted, won), within(1e-12));
    }

    @Test
    void a_model_trained_on_the_demos_outcomes_ranks_the_hold_out_within_005_auc_of_the_hidden_propensity() {
        List<LeadHistory> histories = new ArrayList<>();
        Map<String, Double> propensity = new HashMap<>();
        for (int i = 0; i < LEADS.size(); i++) {
            LeadHistory history = history(LEADS.get(i), DEALS.get(i), i);
            histories.add(history);
            propensity.put(history.leadId().toString(), DEALS.get(i).propensity());
        }
        InMemoryPredictiveModels models = new InMemoryPredictiveModels();
        PredictiveServices.Ports ports = new PredictiveServices.Ports(
                models,
                new ListedHistories(histories),
                ReadOnlyScoringModels.published(Models.defaultModel()),
                new XgboostTrainer(),
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
                PredictiveSettings.defaults(),
                Duration.ofHours(12));
        PredictiveServices.createModel(ports).create(new CreatePredictiveModelCommand("win-rate", null, "demo"));

        Evaluation evaluation = PredictiveServices.trainModel(ports)
                .train(new TrainPredictiveModelCommand("win-rate", "demo"))
                .evaluation();

        List<LabelledLead> holdOut = HoldOut.split(
                        histories.stream().map(SyntheticDealsTest::labelled).toList(), 20)
                .holdOut();
        double[] truth = holdOut.stream()
                .mapToDouble(lead -> propensity.get(lead.leadId()))
                .toArray();
        boolean[] won = new boolean[holdOut.size()];
        for (int i = 0; i < won.length; i++) {
            won[i] = holdOut.get(i).outcome().won();
        }
        double truthAuc = Metrics.rocAuc(truth, won);
        assertThat(evaluation.holdOutLeads()).isEqualTo(800);
        assertThat(truthAuc).isGreaterThan(0.75);
        assertThat(evaluation.auc()).isCloseTo(truthAuc, within(0.05));
        assertThat(evaluation.topDecileLift()).isGreaterThan(2);
    }

    private static double winRate(SyntheticLeads.Fit fit) {
        int leads = 0;
        int won = 0;
        for (int i = 0; i < LEADS.size(); i++) {
            if (LEADS.get(i).person().fit() == fit) {
                leads++;
                won += DEALS.get(i).won() ? 1 : 0;
            }
        }
        return (double) won / leads;
    }

    /**
     * The lead as scoring would know it after the demo sent it: its profile, its engagements up to its qualification
     * (lead {@code index} qualifies {@code index} hours after the start, so the history spans months), and its deal's
     * outcome a sales cycle later.
     */
    private static LeadHistory history(SyntheticLeads.Lead lead, SyntheticDeals.Deal deal, int index) {
        Instant qualified = START.plus(Duration.ofDays(20)).plus(Duration.ofHours(2L * index));
        List<Engagement> events = new ArrayList<>();
        for (SyntheticLeads.Touch touch : lead.touches()) {
            events.add(new Engagement(
                    UUID.nameUUIDFromBytes((lead.person().email() + events.size()).getBytes()),
                    EngagementType.valueOf(touch.type().toUpperCase(Locale.ROOT)),
                    null,
                    Channel.valueOf(touch.channel().toUpperCase(Locale.ROOT)),
                    touch.source(),
                    touch.campaign(),
                    touch.properties(),
                    qualified.minus(touch.before())));
        }
        SyntheticLeads.Person person = lead.person();
        Map<String, String> attributes = Map.of(
                ProfileAttributes.SENIORITY, person.seniority(),
                ProfileAttributes.JOB_TITLE, person.jobTitle(),
                ProfileAttributes.DEPARTMENT, person.department(),
                ProfileAttributes.COUNTRY, person.company().country(),
                ProfileAttributes.COMPANY_EMPLOYEES,
                        Integer.toString(person.company().employees()),
                ProfileAttributes.COMPANY_INDUSTRY, person.company().industry(),
                ProfileAttributes.COMPANY_REVENUE,
                        Long.toString(person.company().annualRevenue()),
                ProfileAttributes.FREE_MAIL,
                        Boolean.toString(SyntheticLeads.FREE_MAIL_DOMAINS.contains(
                                person.email().substring(person.email().indexOf('@') + 1))));
        Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
        reached.put(LifecycleStage.MQL, qualified);
        reached.put(LifecycleStage.SAL, qualified.plus(Duration.ofHours(1)));
        reached.put(LifecycleStage.SQL, qualified.plus(Duration.ofHours(2)));
        reached.put(deal.won() ? LifecycleStage.WON : LifecycleStage.LOST, qualified.plus(deal.cycle()));
        return new LeadHistory(
                new LeadId(UUID.nameUUIDFromBytes(person.email().getBytes())),
                new ProfileFacts(person.email(), attributes, events.getFirst().occurredAt()),
                "all",
                events,
                reached);
    }

    private static LabelledLead labelled(LeadHistory history) {
        Outcome outcome = Outcome.of(history.reached()).orElseThrow();
        return new LabelledLead(
                history.leadId().toString(),
                LeadSnapshot.of(
                        history.profile(), history.segment(), history.events(), history.reached(), outcome.at()),
                outcome);
    }
}
