package io.leadflow.load.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryTallyTest {

    @Test
    void a_delivery_received_twice_under_its_id_counts_once_and_every_delivery_arrived() {
        DeliveryTally tally = DeliveryTally.of(
                List.of("a", "b"),
                Map.of("a", Map.of("rep1", List.of("d1", "d1")), "b", Map.of("rep1", List.of("d2"))));

        assertThat(tally.everyDeliveryArrived()).isTrue();
        assertThat(tally.receipts()).isEqualTo(3);
        assertThat(tally.redelivered()).isEqualTo(1);
        assertThat(tally.render()).contains("0 lost, 0 double-counted").contains("every delivery arrived");
    }

    @Test
    void a_qualified_lead_whose_delivery_never_came_is_lost() {
        DeliveryTally tally = DeliveryTally.of(List.of("a", "b"), Map.of("a", Map.of("rep1", List.of("d1"))));

        assertThat(tally.missing()).isEqualTo(1);
        assertThat(tally.everyDeliveryArrived()).isFalse();
        assertThat(tally.render()).contains("NOT every delivery arrived");
    }

    @Test
    void one_hand_off_announced_to_the_same_rep_under_two_ids_is_double_counted() {
        DeliveryTally tally = DeliveryTally.of(List.of("a"), Map.of("a", Map.of("rep1", List.of("d1", "d2"))));

        assertThat(tally.doubled()).isEqualTo(1);
        assertThat(tally.everyDeliveryArrived()).isFalse();
    }

    @Test
    void a_hand_off_passed_on_to_another_rep_is_announced_anew_and_not_doubled() {
        DeliveryTally tally =
                DeliveryTally.of(List.of("a"), Map.of("a", Map.of("rep1", List.of("d1"), "rep2", List.of("d2"))));

        assertThat(tally.everyDeliveryArrived()).isTrue();
    }
}
