package io.leadflow.scoring.domain.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.ProfileFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static Engagement event(EngagementType type, Instant at, Channel channel, String campaign) {
        return new Engagement(UUID.randomUUID(), type, null, channel, "web", campaign, Map.of(), at);
    }

    private static LeadSnapshot lead(String seniority, String employees, Instant asOf, Engagement... events) {
        ProfileFacts profile =
                new ProfileFacts("a@b.example", Map.of("seniority", seniority, "company.employees", employees), T0);
        return LeadSnapshot.of(
                profile,
                "all",
                List.of(events),
                Map.of(
                        LifecycleStage.MQL, T0.plus(Duration.ofDays(1)),
                        LifecycleStage.SAL, T0.plus(Duration.ofDays(1)).plus(Duration.ofHours(6))),
                asOf);
    }

    @Test
    void a_snapshot_counts_each_engagement_type_and_its_recency_up_to_its_time_only() {
        Instant asOf = T0.plus(Duration.ofDays(10));
        LeadSnapshot snapshot = lead(
                "vp",
                "1,200",
                asOf,
                event(EngagementType.PRICING_PAGE_VISITED, T0.plus(Duration.ofDays(2)), Channel.WEBSITE, null),
                event(EngagementType.FORM_SUBMITTED, T0, Channel.TRADE_SHOW, "fair"),
                event(EngagementType.PRICING_PAGE_VISITED, T0.plus(Duration.ofDays(4)), Channel.WEBSITE, null),
                event(EngagementType.DEMO_REQUESTED, asOf.plusSeconds(1), Channel.WEBSITE, null));

        assertThat(snapshot.counts())
                .isEqualTo(Map.of(EngagementType.PRICING_PAGE_VISITED, 2, EngagementType.FORM_SUBMITTED, 1));
        assertThat(snapshot.daysSinceLast().get(EngagementType.PRICING_PAGE_VISITED))
                .isEqualTo(6.0);
        assertThat(snapshot.firstTouch().channel()).isEqualTo(Channel.TRADE_SHOW);
        assertThat(snapshot.responseHours()).isEqualTo(6.0);
        assertThat(lead("vp", "1", T0.plus(Duration.ofHours(29))).responseHours())
                .as("acceptance after the snapshot's time is not known yet")
                .isNull();
    }

    @Test
    void columns_are_the_profile_numbers_frequent_categories_and_every_engagement_type_seen() {
        Instant asOf = T0.plus(Duration.ofDays(10));
        Engagement visit = event(EngagementType.PRICING_PAGE_VISITED, T0, Channel.WEBSITE, "spring");
        List<LeadSnapshot> training = List.of(
                lead("vp", "1200", asOf, visit),
                lead("vp", "50", asOf),
                lead("manager", "10", asOf),
                lead("manager", "20", asOf),
                lead("intern", "5", asOf));

        FeatureSpace space = FeatureSpace.fit(training);

        assertThat(space.features())
                .extracting(Feature::key)
                .contains(
                        "number:company.employees",
                        "category:seniority=manager",
                        "category:seniority=vp",
                        "count:PRICING_PAGE_VISITED",
                        "days_since:PRICING_PAGE_VISITED",
                        "response_hours:response")
                .doesNotContain("category:seniority=intern", "count:DEMO_REQUESTED");
        float[] row = space.encode(training.getFirst());
        int employees = space.features().indexOf(new Feature(Feature.Kind.NUMBER, "company.employees", null));
        int vp = space.features().indexOf(new Feature(Feature.Kind.CATEGORY, "seniority", "vp"));
        int manager = space.features().indexOf(new Feature(Feature.Kind.CATEGORY, "seniority", "manager"));
        int visits = space.features().indexOf(new Feature(Feature.Kind.COUNT, "PRICING_PAGE_VISITED", null));
        int lastVisit = space.features().indexOf(new Feature(Feature.Kind.DAYS_SINCE, "PRICING_PAGE_VISITED", null));
        assertThat(row[employees]).isEqualTo(1200f);
        assertThat(row[vp]).isEqualTo(1f);
        assertThat(row[manager]).isEqualTo(0f);
        assertThat(row[visits]).isEqualTo(1f);
        assertThat(space.encode(training.get(1))[lastVisit])
                .as("never visited: unknown")
                .isNaN();
    }

    @Test
    void a_profile_number_too_large_for_the_trees_or_not_a_number_is_unknown() {
        Feature employees = new Feature(Feature.Kind.NUMBER, "company.employees", null);

        assertThat(employees.read(lead("vp", "1e40", T0))).isNaN();
        assertThat(employees.read(lead("vp", "Infinity", T0))).isNaN();
        assertThat(employees.read(lead("vp", "lots", T0))).isNaN();
        assertThat(employees.read(lead("vp", "2_500", T0))).isEqualTo(2500f);
    }

    @Test
    void a_feature_reads_as_a_person_would_say_it() {
        assertThat(Reason.of(new Feature(Feature.Kind.COUNT, "PRICING_PAGE_VISITED", null), 3f, 0.1834)
                        .text())
                .isEqualTo("Pricing page visited 3 times: +0.18");
        assertThat(Reason.of(new Feature(Feature.Kind.CATEGORY, "seniority", "vp"), 1f, -0.05)
                        .text())
                .isEqualTo("Profile seniority is vp: -0.05");
        assertThat(Reason.of(new Feature(Feature.Kind.DAYS_SINCE, "DEMO_REQUESTED", null), Float.NaN, -0.3)
                        .text())
                .isEqualTo("Last demo requested unknown: -0.30");
    }

    @Test
    void the_latest_outcomes_by_time_are_held_out() {
        List<LabelledLead> leads = List.of(
                labelled("c", 3, true),
                labelled("a", 1, false),
                labelled("e", 5, true),
                labelled("b", 2, true),
                labelled("d", 4, false));

        HoldOut split = HoldOut.split(leads, 40);

        assertThat(split.training()).extracting(LabelledLead::leadId).containsExactly("a", "b", "c");
        assertThat(split.holdOut()).extracting(LabelledLead::leadId).containsExactly("d", "e");
    }

    @Test
    void the_outcome_is_the_later_of_won_and_lost() {
        assertThat(Outcome.of(Map.of(LifecycleStage.LOST, T0, LifecycleStage.WON, T0.plusSeconds(5))))
                .contains(new Outcome(true, T0.plusSeconds(5)));
        assertThat(Outcome.of(Map.of(LifecycleStage.LOST, T0))).contains(new Outcome(false, T0));
        assertThat(Outcome.of(Map.of(LifecycleStage.MQL, T0))).isEmpty();
    }

    private static LabelledLead labelled(String id, int day, boolean won) {
        Instant at = T0.plus(Duration.ofDays(day));
        return new LabelledLead(id, lead("vp", "1", at), new Outcome(won, at));
    }
}
