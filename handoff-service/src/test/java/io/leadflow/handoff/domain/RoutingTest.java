package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EmailAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static final TeamId DACH = TeamId.newId();
    private static final TeamId ENTERPRISE = TeamId.newId();
    private static final TeamId SDR = TeamId.newId();

    private final List<RoutingRule> rules = List.of(
            rule(2, "dach", Set.of(), Set.of("DE", "AT", "CH"), null, null, Set.of(), DACH),
            rule(1, "enterprise", Set.of(), Set.of(), 1000, null, Set.of(), ENTERPRISE),
            rule(3, "webinar leads to SDRs", Set.of(), Set.of(), null, null, Set.of("webinar"), SDR));

    private static RoutingRule rule(
            int position,
            String name,
            Set<String> segments,
            Set<String> countries,
            Integer min,
            Integer max,
            Set<String> sources,
            TeamId team) {
        return new RoutingRule(
                UUID.randomUUID(), position, name, segments, countries, min, max, Set.of(), sources, team, null);
    }

    private static SalesRep rep(String name, TeamId team, boolean available, int capacity, int weight) {
        return new SalesRep(
                RepId.newId(),
                name,
                EmailAddress.of(name + "@seller.example"),
                null,
                available,
                null,
                TestData.T0,
                team,
                "@" + name,
                Set.of(),
                Set.of(),
                capacity,
                weight,
                ZoneOffset.UTC,
                SalesRep.DEFAULT_HOURS,
                0);
    }

    @Test
    void the_first_matching_rule_by_position_wins() {
        LeadAttributes bigGermanCompany = new LeadAttributes(null, "de", 5000, null, null);

        assertThat(Routing.ruleFor(bigGermanCompany, rules))
                .get()
                .extracting(RoutingRule::name)
                .isEqualTo("enterprise");
    }

    @Test
    void rules_match_country_company_size_and_source_case_insensitively() {
        assertThat(Routing.ruleFor(new LeadAttributes(null, "AT", 50, null, null), rules))
                .get()
                .extracting(RoutingRule::name)
                .isEqualTo("dach");
        assertThat(Routing.ruleFor(new LeadAttributes(null, "FR", 50, null, "Webinar"), rules))
                .get()
                .extracting(RoutingRule::name)
                .isEqualTo("webinar leads to SDRs");
        assertThat(Routing.ruleFor(new LeadAttributes(null, "FR", null, null, null), rules))
                .isEmpty();
    }

    @Test
    void an_unknown_company_size_does_not_match_a_size_rule() {
        assertThat(Routing.ruleFor(new LeadAttributes(null, "US", null, null, null), rules))
                .isEmpty();
    }

    @Test
    void weighted_round_robin_gives_a_weight_two_rep_twice_the_leads_and_skips_the_away_and_the_full() {
        List<SalesRep> reps = new ArrayList<>(List.of(
                rep("anna", DACH, true, 100, 2),
                rep("ben", DACH, true, 100, 1),
                rep("carl", DACH, false, 100, 5),
                rep("dora", DACH, true, 1, 5),
                rep("erik", ENTERPRISE, true, 100, 9)));
        Map<RepId, Integer> loads = new HashMap<>();
        loads.put(reps.get(3).id(), 1); // dora is at capacity
        LeadAttributes lead = new LeadAttributes(null, "de", 10, null, null);
        List<String> chosen = new ArrayList<>();
        Instant now = TestData.T0;
        for (int i = 0; i < 30; i++) {
            Assignment a = Routing.assign(lead, DACH, "rule:dach", reps, loads, Set.of(), TestData.T0)
                    .orElseThrow();
            chosen.add(a.rep().name());
            now = now.plusSeconds(1);
            SalesRep updated = a.rep().assignedAt(now);
            reps.replaceAll(r -> r.id().equals(updated.id()) ? updated : r);
        }

        Map<String, Long> counts = chosen.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertThat(counts)
                .containsOnlyKeys("anna", "ben")
                .containsEntry("anna", 20L)
                .containsEntry("ben", 10L);
    }

    @Test
    void reps_covering_the_leads_territory_are_preferred_and_the_excluded_rep_never_chosen() {
        SalesRep generalist = rep("gina", DACH, true, 10, 1);
        SalesRep swiss = new SalesRep(
                RepId.newId(),
                "sven",
                EmailAddress.of("sven@seller.example"),
                null,
                true,
                null,
                TestData.T0,
                DACH,
                null,
                Set.of(),
                Set.of("CH"),
                10,
                1,
                ZoneOffset.UTC,
                SalesRep.DEFAULT_HOURS,
                50);
        LeadAttributes swissLead = new LeadAttributes(null, "ch", null, null, null);

        assertThat(Routing.assign(swissLead, DACH, "r", List.of(generalist, swiss), Map.of(), Set.of(), TestData.T0))
                .get()
                .extracting(a -> a.rep().name())
                .isEqualTo("sven");
        assertThat(Routing.assign(
                        swissLead, DACH, "r", List.of(generalist, swiss), Map.of(), Set.of(swiss.id()), TestData.T0))
                .get()
                .extracting(a -> a.rep().name())
                .isEqualTo("gina");
        assertThat(Routing.assign(swissLead, DACH, "r", List.of(swiss), Map.of(), Set.of(swiss.id()), TestData.T0))
                .isEmpty();
    }

    @Test
    void without_a_rule_the_lead_becomes_the_chosen_reps_own_team() {
        SalesRep erik = rep("erik", ENTERPRISE, true, 10, 1);
        SalesRep solo = rep("solo", null, true, 10, 1);
        LeadAttributes lead = new LeadAttributes(null, "fr", null, null, null);

        assertThat(Routing.assign(lead, null, Routing.FALLBACK, List.of(erik), Map.of(), Set.of(), TestData.T0))
                .get()
                .extracting(Assignment::team)
                .isEqualTo(ENTERPRISE);
        assertThat(Routing.assign(lead, null, Routing.FALLBACK, List.of(solo), Map.of(), Set.of(), TestData.T0))
                .get()
                .extracting(Assignment::team)
                .isNull();
        assertThat(Routing.assign(
                        lead,
                        DACH,
                        "rule:dach",
                        List.of(rep("dirk", DACH, true, 10, 1)),
                        Map.of(),
                        Set.of(),
                        TestData.T0))
                .get()
                .extracting(Assignment::team)
                .isEqualTo(DACH);
    }

    @Test
    void a_rep_outside_their_hours_is_skipped_while_another_can_take_the_lead_and_takes_it_when_none_can() {
        SalesRep aaron = rep("aaron", DACH, true, 10, 1)
                .withDetails(
                        "aaron",
                        null,
                        true,
                        DACH,
                        null,
                        Set.of(),
                        Set.of("DE"),
                        10,
                        1,
                        ZoneOffset.UTC,
                        WorkingHours.parse("13:00-21:00"));
        SalesRep bea = rep("bea", DACH, true, 10, 1);
        LeadAttributes lead = new LeadAttributes(null, "de", null, null, null);
        Instant morning = TestData.T0; // 09:00 UTC: aaron starts at 13:00
        Instant afternoon = TestData.T0.plusSeconds(5 * 3600);

        assertThat(Routing.assign(lead, DACH, "r", List.of(aaron, bea), Map.of(), Set.of(), morning))
                .get()
                .extracting(a -> a.rep().name())
                .isEqualTo("bea");
        assertThat(Routing.assign(lead, DACH, "r", List.of(aaron, bea), Map.of(), Set.of(), afternoon))
                .get()
                .extracting(a -> a.rep().name())
                .isEqualTo("aaron");
        assertThat(Routing.assign(lead, DACH, "r", List.of(aaron), Map.of(), Set.of(), morning))
                .get()
                .extracting(a -> a.rep().name())
                .isEqualTo("aaron");
    }
}
