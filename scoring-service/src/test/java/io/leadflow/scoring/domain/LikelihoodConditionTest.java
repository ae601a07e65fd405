package io.leadflow.scoring.domain;

import static io.leadflow.scoring.domain.Models.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelViolation;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule model that reads the published predictive likelihood: fast-track and points, explained. */
class LikelihoodConditionTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final ScoringModel MODEL = Models.model("""
            id: likely
            threshold: 80
            fastTrack:
              minFitGrade: B
              conditions: [{attribute: likelihood.win-rate, op: range, min: 60}]
            rules:
              - {id: pricing, category: behaviour, event: {type: PRICING_PAGE_VISITED}, points: 10}
              - id: likely-buyer
                category: fit
                condition: {attribute: likelihood.win-rate, op: range, min: 40}
                points: 15
            """);
    private static final ProfileFacts PROFILE =
            new ProfileFacts("jane@acme.com", Map.of("jobTitle", "Head of IT"), NOW.minusSeconds(600));

    private final List<Set<String>> asked = new ArrayList<>();

    private LikelihoodSource published(int percent) {
        return models -> {
            asked.add(models);
            return Likelihoods.of(Map.of("win-rate", new Likelihoods.Published(3, percent)));
        };
    }

    private LeadScore lead(LikelihoodSource source) {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(MODEL)).withLikelihoods(source);
        lead.updateProfile(PROFILE, NOW);
        return lead;
    }

    @Test
    void a_likelihood_of_at_least_60_percent_fast_tracks_the_lead_and_the_explanation_names_it() {
        LeadScore lead = lead(published(64));
        lead.record(anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minusSeconds(5)), NOW);

        LeadQualified qualified = lead.pullEvents().stream()
                .filter(LeadQualified.class::isInstance)
                .map(LeadQualified.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(qualified.fastTrack()).isTrue();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(qualified.explanation().lines())
                .first()
                .isEqualTo("Fast-track: likelihood 64 % (win-rate v3) ≥ 60 %, fit grade B");
        assertThat(qualified.explanation().lines())
                .contains(
                        "Likelihood: likelihood 64 % (win-rate v3) ≥ 40 %: likely-buyer +15",
                        "Likelihood: likelihood 64 % (win-rate v3) ≥ 60 %: fast-track");
        assertThat(asked).allMatch(models -> models.equals(Set.of("win-rate")));
    }

    @Test
    void a_likelihood_below_the_threshold_gives_the_points_of_a_lower_bar_but_no_fast_track() {
        LeadScore lead = lead(published(45));
        lead.record(anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minusSeconds(5)), NOW);

        ModelScore score = lead.segmentScore(NOW).orElseThrow();
        assertThat(score.score()).isEqualTo(25);
        assertThat(score.likelihoods())
                .containsExactly(
                        "likelihood 45 % (win-rate v3) ≥ 40 %: likely-buyer +15",
                        "likelihood 45 % (win-rate v3) not ≥ 60 %: no fast-track");
        assertThat(lead.stage()).isEqualTo(LifecycleStage.NEW);
    }

    @Test
    void without_a_published_predictive_version_the_condition_is_false_and_the_score_says_why() {
        LeadScore lead = lead(models -> Likelihoods.of(Map.of()));
        lead.record(anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minusSeconds(5)), NOW);

        ModelScore score = lead.segmentScore(NOW).orElseThrow();
        assertThat(score.score()).isEqualTo(10);
        assertThat(score.likelihoods())
                .containsExactly(
                        "no likelihood: predictive model win-rate has no published version, so ≥ 40 % is false:"
                                + " likely-buyer does not apply",
                        "no likelihood: predictive model win-rate has no published version, so ≥ 60 % is false:"
                                + " no fast-track");
        assertThat(lead.stage()).isEqualTo(LifecycleStage.NEW);
    }

    @Test
    void a_person_who_objected_to_profiling_gets_no_likelihood_at_all() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(MODEL))
                .withStoredConsent(new ConsentStanding(false, null, null, true, NOW.minusSeconds(3600)))
                .withLikelihoods(published(90));
        lead.updateProfile(PROFILE, NOW);
        lead.record(anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minusSeconds(5)), NOW);

        assertThat(asked).isEmpty();
        ModelScore score = lead.segmentScore(NOW).orElseThrow();
        assertThat(score.score()).isEqualTo(10);
        assertThat(score.likelihoods()).allMatch(line -> line.contains("objected to profiling"));
    }

    @Test
    void a_model_without_likelihood_conditions_never_asks_for_one() {
        LeadScore lead =
                LeadScore.start(LeadId.newId(), List.of(Models.defaultModel())).withLikelihoods(published(90));
        lead.updateProfile(PROFILE, NOW);
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(5)), NOW);

        assertThat(asked).isEmpty();
        assertThat(lead.segmentScore(NOW).orElseThrow().likelihoods()).isEmpty();
    }

    @Test
    void bad_likelihood_conditions_are_refused_naming_the_place_and_the_rule() {
        assertThat(violations("""
                        id: bad
                        threshold: 50
                        fastTrack: {conditions: [{attribute: likelihood.win-rate, op: range, min: 160}]}
                        rules:
                          - {id: a, category: fit, condition: {attribute: likelihood.win-rate, op: equals, value: "60"},
                             points: 5}
                          - {id: b, category: fit, condition: {attribute: likelihood.Win_Rate, op: range, min: 1},
                             points: 5}
                          - {id: c, category: fit, condition: {attribute: likelihood.win-rate, op: range, max: -1},
                             points: 5}
                        """))
                .extracting(v -> v.field() + " " + v.rule())
                .containsExactlyInAnyOrder(
                        "fastTrack.conditions[0].min likelihood.range",
                        "rules[0].condition.op likelihood.op",
                        "rules[1].condition.attribute attribute.unknown",
                        "rules[2].condition.max likelihood.range");
        assertThat(violations("""
                        id: bad
                        threshold: 50
                        segment: {name: likely, filter: [{attribute: likelihood.win-rate, op: range, min: 50}]}
                        rules: [{id: a, category: fit, condition: {attribute: jobTitle, op: present}, points: 5}]
                        """)).extracting(ModelViolation::rule).containsExactly("likelihood.segment");
    }

    private static List<ModelViolation> violations(String yaml) {
        try {
            ModelDocument.parse(Models.document(yaml), 1);
        } catch (InvalidModelException e) {
            return e.violations();
        }
        return fail("the document should be refused");
    }
}
