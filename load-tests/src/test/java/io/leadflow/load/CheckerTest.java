package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final String ANA = "ana@northwind.example";
    private static final String LEAD = "7f1c0a52-6d4b-4c1e-9a57-2f0e4a1b9c33";
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final List<Attempt> history = new ArrayList<>();

    @Test
    void a_run_where_the_suite_holds_exactly_what_it_accepted_is_clean() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        sent("e2", "demo_requested", Outcome.ACCEPTED);

        ScenarioResult result = check(state(
                Set.of("e1", "e2"),
                Set.of("e1", "e2"),
                60,
                List.of("Demo requested (+50)", "Website visited (+10)"),
                true,
                1));

        assertThat(result.clean()).isTrue();
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.qualified()).isEqualTo(1);
    }

    @Test
    void an_accepted_event_ingestion_does_not_hold_is_lost() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        sent("e2", "email_opened", Outcome.ACCEPTED);

        ScenarioResult result =
                check(state(Set.of("e1"), Set.of("e1"), 10, List.of("Website visited (+10)"), false, 0));

        assertThat(result.lost()).isEqualTo(1);
        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).contains("e2").contains("not stored"));
        assertThat(result.clean()).isFalse();
    }

    @Test
    void a_stored_event_that_never_reached_the_score_is_lost() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        sent("e2", "email_opened", Outcome.ACCEPTED);

        ScenarioResult result =
                check(state(Set.of("e1", "e2"), Set.of("e1"), 10, List.of("Website visited (+10)"), false, 0));

        assertThat(result.lost()).isEqualTo(1);
        assertThat(result.scoreMismatches())
                .as("a lower score is what decay and caps do too")
                .isZero();
    }

    @Test
    void a_score_above_what_the_accepted_events_can_give_is_a_mismatch() {
        sent("e1", "website_visited", Outcome.ACCEPTED);

        ScenarioResult result =
                check(state(Set.of("e1"), Set.of("e1"), 20, List.of("Website visited (+10)"), false, 0));

        assertThat(result.scoreMismatches()).isEqualTo(1);
    }

    @Test
    void an_event_held_but_never_sent_or_refused_is_unexpected() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        sent("e2", "email_opened", Outcome.REFUSED);

        ScenarioResult result = check(state(
                Set.of("e1", "e2", "e9"), Set.of("e1", "e2", "e9"), 10, List.of("Website visited (+10)"), false, 0));

        assertThat(result.unexpected()).isEqualTo(2);
        assertThat(result.refused()).isEqualTo(1);
    }

    @Test
    void an_event_of_unknown_outcome_may_be_held_or_not() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        sent("e2", "email_opened", Outcome.UNKNOWN);
        sent("e3", "email_opened", Outcome.UNKNOWN);

        ScenarioResult result = check(state(
                Set.of("e1", "e2"),
                Set.of("e1", "e2"),
                12,
                List.of("Website visited (+10)", "E-mail opened (+2)"),
                false,
                0));

        assertThat(result.clean()).isTrue();
        assertThat(result.unknown()).isEqualTo(2);
    }

    @Test
    void a_retried_request_counts_once_and_is_accepted_when_any_attempt_was() {
        sent("e1", "website_visited", Outcome.UNKNOWN);
        history.add(attempt("e1", "website_visited", 2, Outcome.ACCEPTED));
        history.add(attempt("e1", "website_visited", 3, Outcome.ACCEPTED));

        ScenarioResult result =
                check(state(Set.of("e1"), Set.of("e1"), 10, List.of("Website visited (+10)"), false, 0));

        assertThat(result.requests()).isEqualTo(1);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.clean()).isTrue();
    }

    @Test
    void an_explanation_counting_an_event_twice_is_double_counted_even_where_the_cap_hides_it() {
        sent("e1", "demo_requested", Outcome.ACCEPTED);
        sent("e2", "quote_requested", Outcome.ACCEPTED);

        ScenarioResult result = check(state(
                Set.of("e1", "e2"),
                Set.of("e1", "e2"),
                100,
                List.of("Demo requested x2 (+100)", "Quote requested (+50)"),
                true,
                1));

        assertThat(result.doubleCounted()).isEqualTo(1);
        assertThat(result.scoreMismatches()).isZero();
    }

    @Test
    void without_readable_ids_the_explanation_counts_against_what_was_accepted() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        sent("e2", "website_visited", Outcome.ACCEPTED);
        sent("e3", "email_opened", Outcome.ACCEPTED);
        LeadState apiOnly = new LeadState(
                ANA, LEAD, true, "NEW", 20, List.of("Website visited x2 (+20)"), false, null, null, 0, "none");

        ScenarioResult result = check(apiOnly);

        assertThat(result.lost()).isEqualTo(1);
        assertThat(result.scoreMismatches()).isZero();
    }

    @Test
    void a_free_mail_address_takes_ten_points_and_the_score_stays_within_zero_and_a_hundred() {
        assertThat(ScoringTable.score("joe@gmail.com", List.of("website_visited", "email_opened")))
                .isEqualTo(2);
        assertThat(ScoringTable.score("joe@gmail.com", List.of("unsubscribed"))).isZero();
        assertThat(ScoringTable.score("ceo@acme.example", List.of("demo_requested", "quote_requested")))
                .isEqualTo(100);
    }

    @Test
    void a_qualified_lead_needs_exactly_one_hand_off() {
        sent("e1", "demo_requested", Outcome.ACCEPTED);

        ScenarioResult none = check(state(Set.of("e1"), Set.of("e1"), 50, List.of("Demo requested (+50)"), true, 0));
        ScenarioResult two = check(state(Set.of("e1"), Set.of("e1"), 50, List.of("Demo requested (+50)"), true, 2));

        assertThat(none.handoffViolations()).isEqualTo(1);
        assertThat(two.handoffViolations()).isEqualTo(1);
    }

    @Test
    void every_poison_message_must_be_dead_lettered_and_nothing_else() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        LeadState ok = state(Set.of("e1"), Set.of("e1"), 10, List.of("Website visited (+10)"), false, 0);
        List<DeadLetter> letters = List.of(
                new DeadLetter("lead.engagements.scoring-service.dlq", "p1", "EngagementRecorded", "unreadable"),
                new DeadLetter("lead.lifecycle.handoff-service.dlq", "x7", "LeadQualified", "boom"));

        ScenarioResult result = Checker.check("poison", history, Map.of(ANA, ok), letters, Set.of("p1", "p2"));

        assertThat(result.poisonSent()).isEqualTo(2);
        assertThat(result.poisonDeadLettered()).isEqualTo(1);
        assertThat(result.deadLetters()).isEqualTo(1);
        assertThat(result.clean()).isFalse();
    }

    @Test
    void the_table_shows_one_row_per_scenario_with_its_verdict() {
        sent("e1", "website_visited", Outcome.ACCEPTED);
        ScenarioResult clean = check(state(Set.of("e1"), Set.of("e1"), 10, List.of("Website visited (+10)"), false, 0))
                .named("baseline");
        ScenarioResult lost =
                check(state(Set.of(), Set.of(), 0, List.of(), false, 0)).named("kill-scoring");

        String table = ResultTable.render(List.of(clean, lost));

        assertThat(table.lines()
                        .filter(line -> line.startsWith("| baseline"))
                        .findFirst()
                        .orElseThrow())
                .endsWith("OK |");
        assertThat(table.lines()
                        .filter(line -> line.startsWith("| kill-scoring"))
                        .findFirst()
                        .orElseThrow())
                .endsWith("FAIL |");
    }

    private void sent(String id, String type, Outcome outcome) {
        history.add(attempt(id, type, 1, outcome));
    }

    private static Attempt attempt(String id, String type, int number, Outcome outcome) {
        int status = switch (outcome) {
            case ACCEPTED -> 202;
            case REFUSED -> 400;
            case UNKNOWN -> 0;
        };
        return new Attempt(
                id,
                Attempt.EVENT,
                ANA,
                type,
                number,
                AT,
                AT.plusMillis(20),
                outcome,
                status,
                outcome == Outcome.ACCEPTED ? LEAD : null,
                null);
    }

    private static LeadState state(
            Set<String> stored, Set<String> scored, int score, List<String> reasons, boolean qualified, int handoffs) {
        return new LeadState(
                ANA,
                LEAD,
                true,
                qualified ? "MQL" : "NEW",
                score,
                reasons,
                qualified,
                stored,
                scored,
                handoffs,
                "database");
    }

    private ScenarioResult check(LeadState state) {
        return Checker.check("test", history, Map.of(ANA, state), List.of(), Set.of());
    }
}
