package io.leadflow.handoff.domain;

import static io.leadflow.handoff.domain.TestData.T0;
import static io.leadflow.handoff.domain.TestData.aQualification;
import static io.leadflow.handoff.domain.TestData.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

    private final RoundRobin roundRobin = new RoundRobin();

    private String chosen(List<SalesRep> reps) {
        return roundRobin
                .assign(aQualification(LeadId.newId()), reps)
                .orElseThrow()
                .rep()
                .name();
    }

    @Test
    void gives_the_lead_to_the_rep_whose_last_assignment_is_oldest() {
        List<SalesRep> reps = List.of(
                aRep("Anna", true, T0.minusSeconds(60)),
                aRep("Bert", true, T0.minusSeconds(3600)),
                aRep("Cleo", true, T0.minusSeconds(600)));

        assertThat(chosen(reps)).isEqualTo("Bert");
    }

    @Test
    void a_rep_who_never_had_a_lead_comes_first() {
        List<SalesRep> reps = List.of(aRep("Anna", true, T0.minusSeconds(86_400)), aRep("Zoe", true, null));

        assertThat(chosen(reps)).isEqualTo("Zoe");
    }

    @Test
    void skips_unavailable_reps_however_long_they_have_waited() {
        List<SalesRep> reps = List.of(
                aRep("Anna", false, null),
                aRep("Bert", true, T0.minusSeconds(10)),
                aRep("Cleo", false, T0.minusSeconds(99_999)));

        assertThat(chosen(reps)).isEqualTo("Bert");
    }

    @Test
    void finds_nobody_when_no_rep_is_available() {
        List<SalesRep> reps = List.of(aRep("Anna", false, null), aRep("Bert", false, null));

        assertThat(roundRobin.assign(aQualification(LeadId.newId()), reps)).isEmpty();
        assertThat(roundRobin.assign(aQualification(LeadId.newId()), List.of())).isEmpty();
    }

    @Test
    void breaks_ties_by_name_whatever_order_the_reps_come_in() {
        SalesRep cleo = aRep("Cleo", true, T0);
        SalesRep anna = aRep("anna", true, T0);
        SalesRep bert = aRep("Bert", true, T0);

        assertThat(chosen(List.of(cleo, anna, bert))).isEqualTo("anna");
        assertThat(chosen(List.of(bert, cleo, anna))).isEqualTo("anna");
    }

    @Test
    void names_the_rule_that_chose_the_rep() {
        assertThat(roundRobin
                        .assign(aQualification(LeadId.newId()), List.of(aRep("Anna")))
                        .orElseThrow()
                        .rule())
                .isEqualTo("round-robin");
    }

    @Test
    void deals_leads_out_evenly_and_in_turn_among_the_available_reps() {
        List<SalesRep> reps =
                new ArrayList<>(List.of(aRep("Anna"), aRep("Bert"), aRep("Cleo"), aRep("Dora", false, null)));
        Map<String, Integer> leadsPerRep = new HashMap<>();
        List<String> order = new ArrayList<>();

        for (int lead = 0; lead < 9; lead++) {
            SalesRep rep = roundRobin
                    .assign(aQualification(LeadId.newId()), reps)
                    .orElseThrow()
                    .rep();
            reps.set(reps.indexOf(rep), rep.assignedAt(T0.plusSeconds(lead)));
            leadsPerRep.merge(rep.name(), 1, Integer::sum);
            order.add(rep.name());
        }

        assertThat(leadsPerRep).containsOnly(Map.entry("Anna", 3), Map.entry("Bert", 3), Map.entry("Cleo", 3));
        assertThat(order.subList(0, 6)).containsExactly("Anna", "Bert", "Cleo", "Anna", "Bert", "Cleo");
    }
}
