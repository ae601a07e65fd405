package io.leadflow.scoring.domain;

import static io.leadflow.scoring.domain.Models.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoringModelTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final ProfileFacts IT_MANAGER = new ProfileFacts(
            "kim@acme.com",
            Map.of("department", "IT", "company.employees", "450", "seniority", "manager", "freeMail", "false"),
            NOW.minusSeconds(3600));

    private static final ScoringModel DECAYING = Models.model("""
            id: decaying
            scale: {min: 0, max: 1000, capped: true}
            threshold: 500
            decay: {halfLifeDays: 30}
            rules:
              - {id: visit, category: behaviour, event: {type: WEBSITE_VISITED}, points: 40}
              - {id: demo, category: behaviour, event: {type: DEMO_REQUESTED}, points: 80, halfLifeDays: 0}
            """);

    @Test
    void points_halve_every_half_life_from_the_events_occurred_at() {
        ModelState state = ModelState.empty();
        state.add(DECAYING, anEngagement(EngagementType.WEBSITE_VISITED, NOW.minus(Duration.ofDays(30))));
        state.add(DECAYING, anEngagement(EngagementType.WEBSITE_VISITED, NOW.minus(Duration.ofDays(60))));
        state.add(DECAYING, anEngagement(EngagementType.DEMO_REQUESTED, NOW.minus(Duration.ofDays(90))));

        ModelScore score = DECAYING.score(state, new LeadFacts(ProfileFacts.unknown(), null), NOW);

        // 40/2 + 40/4 = 30 for the visits; the demo rule does not decay (half-life 0)
        assertThat(score.contributions())
                .extracting(Contribution::ruleId, Contribution::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("demo", 80),
                        org.assertj.core.groups.Tuple.tuple("visit", 30));
        assertThat(DECAYING.score(state, new LeadFacts(ProfileFacts.unknown(), null), NOW.plus(Duration.ofDays(30)))
                        .engagementPoints())
                .isEqualTo(80 + 15);
    }

    @Test
    void decay_survives_events_centuries_apart_without_overflow() {
        ModelState state = ModelState.empty();
        state.add(DECAYING, anEngagement(EngagementType.WEBSITE_VISITED, Instant.parse("1971-01-01T00:00:00Z")));
        state.add(DECAYING, anEngagement(EngagementType.WEBSITE_VISITED, Instant.parse("2300-01-01T00:00:00Z")));

        assertThat(DECAYING.score(
                                state,
                                new LeadFacts(ProfileFacts.unknown(), null),
                                Instant.parse("2300-01-01T00:00:00Z"))
                        .score())
                .isEqualTo(40);
    }

    @Test
    void a_cap_limits_what_one_rule_can_give() {
        ScoringModel model = Models.defaultModel();
        ModelState state = ModelState.empty();
        for (int i = 0; i < 20; i++) {
            state.add(model, anEngagement(EngagementType.EMAIL_OPENED, NOW.minusSeconds(i)));
        }

        ModelScore score = model.score(state, new LeadFacts(ProfileFacts.unknown(), null), NOW);

        assertThat(score.score()).isEqualTo(10);
        assertThat(score.contributions().getFirst().occurrences()).isEqualTo(20);
        assertThat(score.contributions().getFirst().eventIds()).hasSize(ScoringModel.EVENTS_SHOWN);
    }

    @Test
    void it_managers_at_big_companies_earn_the_counted_rule_with_their_second_case_study_only() {
        ScoringModel model = Models.defaultModel();
        ModelState state = ModelState.empty();
        Map<String, String> caseStudy = Map.of("contentType", "case-study");
        state.add(model, anEngagement(EngagementType.CONTENT_DOWNLOADED, NOW.minusSeconds(60), caseStudy));
        LeadFacts facts = new LeadFacts(IT_MANAGER, null);
        assertThat(model.score(state, facts, NOW).contributions())
                .extracting(Contribution::ruleId)
                .doesNotContain("it-managers-two-case-studies");

        state.add(model, anEngagement(EngagementType.CONTENT_DOWNLOADED, NOW.minusSeconds(30), caseStudy));

        assertThat(model.score(state, facts, NOW).contributions())
                .extracting(Contribution::ruleId)
                .contains("it-managers-two-case-studies");
        ProfileFacts smallCompany =
                new ProfileFacts("kim@acme.com", Map.of("department", "IT", "company.employees", "50"), NOW);
        assertThat(model.score(state, new LeadFacts(smallCompany, null), NOW).contributions())
                .extracting(Contribution::ruleId)
                .doesNotContain("it-managers-two-case-studies");
    }

    @Test
    void a_counted_window_needs_the_events_within_the_days_before_scoring() {
        ScoringModel model = Models.model("""
                id: window
                threshold: 50
                rules:
                  - {id: twice, category: behaviour, event: {type: PRICING_PAGE_VISITED}, points: 30,
                     count: {atLeast: 2, withinDays: 7}}
                """);
        ModelState state = ModelState.empty();
        state.add(model, anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minus(Duration.ofDays(10))));
        state.add(model, anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minus(Duration.ofDays(1))));
        LeadFacts facts = new LeadFacts(ProfileFacts.unknown(), null);
        assertThat(model.score(state, facts, NOW).score()).isZero();

        state.add(model, anEngagement(EngagementType.PRICING_PAGE_VISITED, NOW.minus(Duration.ofDays(2))));

        assertThat(model.score(state, facts, NOW).score()).isEqualTo(30);
        assertThat(model.score(state, facts, NOW.plus(Duration.ofDays(6))).score())
                .isZero();
    }

    @Test
    void the_explanation_adds_up_to_the_score_including_the_scale_cap() {
        ScoringModel model = Models.defaultModel();
        ModelState state = ModelState.empty();
        for (EngagementType type : List.of(
                EngagementType.DEMO_REQUESTED,
                EngagementType.QUOTE_REQUESTED,
                EngagementType.MEETING_BOOKED,
                EngagementType.UNSUBSCRIBED,
                EngagementType.WEBSITE_VISITED)) {
            state.add(model, anEngagement(type, NOW.minus(Duration.ofDays(17))));
        }

        ModelScore score = model.score(state, new LeadFacts(IT_MANAGER, null), NOW);

        int fit = score.contributions().stream()
                .filter(c -> c.category() == io.leadflow.scoring.domain.model.RuleCategory.FIT)
                .mapToInt(Contribution::points)
                .sum();
        int all = score.contributions().stream().mapToInt(Contribution::points).sum();
        assertThat(score.fitPoints()).isEqualTo(fit).isEqualTo(20);
        assertThat(score.fitPoints() + score.engagementPoints()).isEqualTo(all);
        assertThat(score.score()).isEqualTo(100);
        assertThat(all + score.scaleAdjustment()).isEqualTo(score.score());
        assertThat(score.scaleAdjustment()).isNegative();
    }

    @Test
    void the_score_is_the_same_for_every_order_of_arrival_and_any_redelivery() {
        ScoringModel model = Models.defaultModel();
        Random random = new Random(20261102L);
        EngagementType[] types = EngagementType.values();
        for (int history = 0; history < 200; history++) {
            List<Engagement> events = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                EngagementType type = types[random.nextInt(types.length)];
                events.add(new Engagement(
                        new java.util.UUID(random.nextLong(), random.nextLong()),
                        type,
                        type == EngagementType.CUSTOM ? "scan" : null,
                        io.leadflow.kernel.Channel.WEBSITE,
                        null,
                        null,
                        random.nextBoolean() ? Map.of("contentType", "case-study") : Map.of(),
                        NOW.minusSeconds(random.nextInt(400 * 24 * 3600))));
            }
            ModelScore reference = scoreOf(model, events, false, random);
            for (int shuffle = 0; shuffle < 5; shuffle++) {
                List<Engagement> shuffled = new ArrayList<>(events);
                Collections.shuffle(shuffled, random);
                ModelScore again = scoreOf(model, shuffled, true, random);
                assertThat(again.score()).as("history %d", history).isEqualTo(reference.score());
                assertThat(again.contributions()).as("history %d", history).isEqualTo(reference.contributions());
            }
        }
    }

    /** Scores through a lead, as the service does: redelivered events are refused by their id first. */
    private static ModelScore scoreOf(ScoringModel model, List<Engagement> events, boolean redeliver, Random random) {
        LeadScore lead = LeadScore.start(io.leadflow.kernel.LeadId.newId(), List.of(model));
        java.util.Set<java.util.UUID> seen = new java.util.HashSet<>();
        lead.updateProfile(IT_MANAGER, NOW);
        for (Engagement event : events) {
            int deliveries = redeliver && random.nextInt(4) == 0 ? 2 : 1;
            for (int d = 0; d < deliveries; d++) {
                if (seen.add(event.eventId())) {
                    lead.record(event, NOW);
                }
            }
        }
        return lead.scores(NOW).getFirst();
    }
}
