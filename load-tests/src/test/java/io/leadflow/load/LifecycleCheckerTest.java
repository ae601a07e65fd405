package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleCheckerTest {

    private static final String ANA = "ana@northwind.example";
    private static final String LEAD = "7f1c0a52-6d4b-4c1e-9a57-2f0e4a1b9c33";
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final SyntheticLeads.Person IT_MANAGER = new SyntheticLeads.Person(
            "Ana",
            "Lima",
            ANA,
            "IT Manager",
            "manager",
            "IT",
            "+49 30 1234567",
            new SyntheticLeads.Company("Northwind Logistics", "northwind.example", 800, "Logistics", 80_000_000L, "DE"),
            SyntheticLeads.Fit.IDEAL);
    private static final String SHOWN = """
            {"email":"ana@northwind.example","jobTitle":"IT Manager","seniority":"manager","department":"IT",
             "company":{"name":"Northwind Logistics","employees":800}}""";

    private final List<Attempt> history = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void a_profile_shown_as_sent_and_counted_by_scoring_is_clean() {
        profileSent(Outcome.ACCEPTED);

        ScenarioResult.Lifecycle result = check(
                lead("NEW", 1, "Senior title (+10)", "Company with 200+ employees (+10)"),
                followUp(SHOWN, null, 0, 0),
                Map.of());

        assertThat(result.profiles()).isEqualTo(1);
        assertThat(result.profileViolations()).isZero();
    }

    @Test
    void an_accepted_profile_that_ingestion_shows_otherwise_is_a_violation() {
        profileSent(Outcome.ACCEPTED);

        ScenarioResult.Lifecycle result = check(
                lead("NEW", 0, "Senior title (+10)", "Company with 200+ employees (+10)"),
                followUp(SHOWN.replace("IT Manager", "Analyst"), null, 0, 0),
                Map.of());

        assertThat(result.profileViolations()).isEqualTo(1);
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("jobTitle=Analyst"));
    }

    @Test
    void an_accepted_profile_whose_fit_rules_scoring_does_not_show_never_reached_scoring() {
        profileSent(Outcome.ACCEPTED);

        ScenarioResult.Lifecycle result =
                check(lead("NEW", 0, "Website visited (+10)"), followUp(SHOWN, null, 0, 0), Map.of());

        assertThat(result.profileViolations()).isEqualTo(1);
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("Senior title"));
    }

    @Test
    void a_rejected_lead_enrolled_once_and_nurtured_is_clean() {
        ScenarioResult.Lifecycle result =
                check(lead("NURTURING", 1), followUp(SHOWN, "ACTIVE", 0, 1), Map.of(ANA, rejected(false)));

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.nurtureViolations()).isZero();
    }

    @Test
    void a_rejected_lead_enrolled_twice_is_a_violation() {
        ScenarioResult.Lifecycle result =
                check(lead("NURTURING", 1), followUp(SHOWN, "ACTIVE", 0, 2), Map.of(ANA, rejected(false)));

        assertThat(result.nurtureViolations()).isEqualTo(1);
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("enrolled 2x"));
    }

    @Test
    void a_lead_nobody_rejected_must_not_be_enrolled() {
        ScenarioResult.Lifecycle result = check(lead("MQL", 1), followUp(SHOWN, "ACTIVE", 0, 1), Map.of());

        assertThat(result.nurtureViolations()).isEqualTo(1);
    }

    @Test
    void a_re_engaged_lead_is_recycled_once_and_handed_to_sales_a_second_time() {
        history.add(event("demo-2", Outcome.ACCEPTED));

        ScenarioResult.Lifecycle recycled =
                check(lead("MQL", 2), followUp(SHOWN, "RECYCLED", 1, 1), Map.of(ANA, rejected(true)));
        ScenarioResult.Lifecycle stuck =
                check(lead("NURTURING", 1), followUp(SHOWN, "ACTIVE", 0, 1), Map.of(ANA, rejected(true)));

        assertThat(recycled.recycled()).isEqualTo(1);
        assertThat(recycled.nurtureViolations()).isZero();
        assertThat(stuck.nurtureViolations()).isEqualTo(1);
    }

    @Test
    void a_profile_raises_the_score_ceiling_by_its_fit_points_and_its_rules_are_no_double_count() {
        profileSent(Outcome.ACCEPTED);
        history.add(event("e1", Outcome.ACCEPTED));
        LeadState state = new LeadState(
                ANA,
                LEAD,
                true,
                "MQL",
                70,
                List.of("Demo requested (+50)", "Senior title (+10)", "Company with 200+ employees (+10)"),
                true,
                Set.of("e1"),
                Set.of("e1"),
                1,
                "database");

        ScenarioResult without = Checker.check("t", history, Map.of(ANA, state), List.of(), Set.of());
        ScenarioResult with = Checker.check(
                "t",
                history,
                Map.of(ANA, state),
                List.of(),
                Set.of(),
                new Checker.Expectations(Map.of(ANA, IT_MANAGER), Set.of()));

        assertThat(without.scoreMismatches())
                .as("70 is more than a demo request alone can give")
                .isEqualTo(1);
        assertThat(with.scoreMismatches()).isZero();
        assertThat(with.doubleCounted()).isZero();
        assertThat(with.clean()).isTrue();
    }

    @Test
    void a_recycled_lead_may_have_two_hand_offs() {
        history.add(event("e1", Outcome.ACCEPTED));
        LeadState state = new LeadState(
                ANA,
                LEAD,
                true,
                "MQL",
                50,
                List.of("Demo requested (+50)"),
                true,
                Set.of("e1"),
                Set.of("e1"),
                2,
                "database");

        ScenarioResult once = Checker.check("t", history, Map.of(ANA, state), List.of(), Set.of());
        ScenarioResult twice = Checker.check(
                "t", history, Map.of(ANA, state), List.of(), Set.of(), new Checker.Expectations(Map.of(), Set.of(ANA)));

        assertThat(once.handoffViolations()).isEqualTo(1);
        assertThat(twice.handoffViolations()).isZero();
    }

    private ScenarioResult.Lifecycle check(
            LeadState state, LeadFollowUp followUp, Map<String, SalesDesk.Decision> decisions) {
        notes.clear();
        return LifecycleChecker.check(
                history, Map.of(ANA, state), Map.of(ANA, followUp), Map.of(ANA, IT_MANAGER), decisions, notes);
    }

    private void profileSent(Outcome outcome) {
        history.add(new Attempt(
                ANA,
                Attempt.PROFILE,
                ANA,
                Attempt.PROFILE,
                1,
                AT,
                AT.plusMillis(20),
                outcome,
                outcome == Outcome.ACCEPTED ? 200 : 0,
                LEAD,
                null));
    }

    private static Attempt event(String id, Outcome outcome) {
        return new Attempt(
                id,
                Attempt.EVENT,
                ANA,
                "demo_requested",
                1,
                AT,
                AT.plusMillis(20),
                outcome,
                outcome == Outcome.ACCEPTED ? 202 : 0,
                LEAD,
                null);
    }

    private static SalesDesk.Decision rejected(boolean reEngaged) {
        return new SalesDesk.Decision(ANA, LEAD, "h1", true, reEngaged, reEngaged ? "demo-2" : null);
    }

    private static LeadState lead(String stage, int handoffs, String... reasons) {
        return new LeadState(ANA, LEAD, true, stage, 60, List.of(reasons), true, null, null, handoffs, "api");
    }

    private static LeadFollowUp followUp(String contact, String enrolment, int recycled, int enrolments) {
        return new LeadFollowUp(ANA, 200, SuiteClient.parse(contact), enrolment, recycled, enrolments);
    }
}
