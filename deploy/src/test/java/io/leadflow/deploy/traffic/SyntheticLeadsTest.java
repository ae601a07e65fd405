package io.leadflow.deploy.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.SyntheticLeads.Fit;
import io.leadflow.deploy.traffic.SyntheticLeads.Lead;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SyntheticLeadsTest {

    private final List<Lead> leads = SyntheticLeads.generate(42, 300, "t1");

    @Test
    void the_same_seed_gives_the_same_leads_and_another_seed_other_ones() {
        assertThat(SyntheticLeads.generate(42, 300, "t1")).isEqualTo(leads);
        assertThat(SyntheticLeads.generate(43, 300, "t1")).isNotEqualTo(leads);
    }

    @Test
    void every_lead_has_its_own_address_and_at_least_one_engagement() {
        assertThat(leads).extracting(lead -> lead.person().email()).doesNotHaveDuplicates();
        assertThat(leads).allSatisfy(lead -> assertThat(lead.touches()).isNotEmpty());
    }

    @Test
    void the_population_mixes_every_fit_with_weak_and_poor_leads_the_majority() {
        Map<Fit, Long> byFit = leads.stream()
                .collect(Collectors.groupingBy(lead -> lead.person().fit(), Collectors.counting()));
        assertThat(byFit).containsOnlyKeys(Fit.values());
        assertThat(byFit.get(Fit.WEAK) + byFit.get(Fit.POOR)).isGreaterThan(leads.size() / 2);
    }

    @Test
    void ideal_leads_are_it_managers_at_companies_of_200_or_more_and_poor_ones_write_from_free_mail() {
        assertThat(ofFit(Fit.IDEAL)).allSatisfy(lead -> {
            assertThat(lead.person().company().employees()).isGreaterThanOrEqualTo(200);
            assertThat(lead.person().jobTitle()).containsAnyOf("IT", "CIO");
        });
        assertThat(ofFit(Fit.POOR))
                .allSatisfy(lead ->
                        assertThat(lead.person().email()).matches(".*@(gmail\\.com|yahoo\\.com|outlook\\.com)"));
    }

    @Test
    void ideal_leads_ask_for_a_demo_far_more_often_than_poor_ones() {
        Function<Fit, Double> buyingShare = fit -> ofFit(fit).stream()
                        .filter(lead -> lead.touches().stream()
                                .anyMatch(t -> t.channel().equals("contact_form")))
                        .count()
                / (double) ofFit(fit).size();
        assertThat(buyingShare.apply(Fit.IDEAL)).isGreaterThan(3 * buyingShare.apply(Fit.POOR));
    }

    @Test
    void each_lead_engagements_come_oldest_first() {
        assertThat(leads)
                .allSatisfy(lead -> assertThat(lead.touches())
                        .isSortedAccordingTo((a, b) -> b.before().compareTo(a.before())));
    }

    private List<Lead> ofFit(Fit fit) {
        return leads.stream().filter(lead -> lead.person().fit() == fit).toList();
    }
}
