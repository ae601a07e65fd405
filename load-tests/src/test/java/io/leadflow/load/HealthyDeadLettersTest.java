package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthyDeadLettersTest {

    private static final String DLQ = "lead.engagements.scoring-service.dlq";

    @Test
    void poison_the_harness_sent_is_not_counted_as_healthy() {
        List<String> notes = new ArrayList<>();

        int healthy = HealthyDeadLetters.count(
                List.of(
                        letter("poison-1"),
                        letter("poison-2"),
                        new DeadLetter(
                                "lead.engagements.nurturing-service.dlq",
                                "poison-1",
                                "EngagementRecorded",
                                "unreadable")),
                Set.of("poison-1", "poison-2"),
                notes);

        assertThat(healthy).isZero();
        assertThat(notes).isEmpty();
    }

    @Test
    void every_other_dead_letter_counts_as_healthy_and_is_noted() {
        List<String> notes = new ArrayList<>();

        int healthy = HealthyDeadLetters.count(
                List.of(letter("poison-1"), letter("event-7"), letter(null)), Set.of("poison-1"), notes);

        assertThat(healthy).isEqualTo(2);
        assertThat(notes).hasSize(2).first().asString().contains(DLQ).contains("event-7");
    }

    @Test
    void a_poison_id_from_an_earlier_scenario_still_excuses_its_message() {
        int healthy = HealthyDeadLetters.count(
                List.of(letter("poison-from-the-poison-row")),
                Set.of("poison-from-the-poison-row", "other"),
                new ArrayList<>());

        assertThat(healthy).isZero();
    }

    @Test
    void no_more_than_five_healthy_messages_are_noted_but_all_are_counted() {
        List<DeadLetter> letters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            letters.add(letter("event-" + i));
        }
        List<String> notes = new ArrayList<>();

        assertThat(HealthyDeadLetters.count(letters, Set.of(), notes)).isEqualTo(12);
        assertThat(notes).hasSize(5);
    }

    @Test
    void a_row_with_a_healthy_message_left_in_a_dlq_fails_and_shows_the_count() {
        ScenarioResult clean =
                new ScenarioResult("db-outage", 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, null, "api", List.of());

        ScenarioResult dirty = clean.withHealthyInDlq(3, List.of("healthy message in " + DLQ));

        assertThat(clean.clean()).isTrue();
        assertThat(dirty.clean()).isFalse();
        String table = ResultTable.render(List.of(dirty));
        assertThat(table).contains("healthy in dlq").contains("FAIL |").contains("db-outage: healthy message in");
        assertThat(table.lines().skip(2).findFirst().orElseThrow()).contains("|              3 |");
    }

    private static DeadLetter letter(String eventId) {
        return new DeadLetter(DLQ, eventId, "EngagementRecorded", "failed");
    }
}
