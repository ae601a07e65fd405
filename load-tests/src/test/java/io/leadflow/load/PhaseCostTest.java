package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseCostTest {

    private static final Instant T0 = Instant.parse("2026-12-06T07:00:00Z");
    private static final long HZ = ProcStat.TICKS_PER_SECOND;

    @Test
    void cpu_per_event_is_each_process_s_ticks_spent_in_the_phase_over_its_events() {
        CpuSample before = sample(0, Map.of(10L, t("gateway", HZ), 20L, t("scoring-service", 5 * HZ)), Map.of());
        CpuSample after = sample(20, Map.of(10L, t("gateway", 3 * HZ), 20L, t("scoring-service", 6 * HZ)), Map.of());

        PhaseCost cost = PhaseCost.between("singles", 1_000, before, after);

        // 2 s of gateway CPU over 1,000 events: 2 ms each; 1 s of scoring's: 1 ms each
        assertThat(cost.cpuMillis("gateway")).isCloseTo(2.0, within(1e-9));
        assertThat(cost.cpuMillis("scoring-service")).isCloseTo(1.0, within(1e-9));
        assertThat(cost.suiteCpuMillis()).isCloseTo(3.0, within(1e-9));
        assertThat(cost.elapsed().toSeconds()).isEqualTo(20);
    }

    @Test
    void postgresql_backends_are_summed_and_one_that_started_in_the_phase_counts_from_zero() {
        CpuSample before = sample(0, Map.of(1L, t("postgresql", 100)), Map.of());
        CpuSample after = sample(10, Map.of(1L, t("postgresql", 150), 2L, t("postgresql", 30)), Map.of());

        assertThat(after.ticksSince(before)).containsEntry("postgresql", 80L);
    }

    @Test
    void a_process_id_taken_over_by_another_process_counts_as_new() {
        CpuSample before = sample(0, Map.of(7L, t("scoring-service", 900)), Map.of());
        CpuSample after = sample(10, Map.of(7L, t("postgresql", 40)), Map.of());

        assertThat(after.ticksSince(before)).containsOnly(Map.entry("postgresql", 40L));
    }

    @Test
    void the_harness_is_shown_but_not_counted_in_the_suite_s_cost() {
        CpuSample before = sample(0, Map.of(1L, t("harness", 0), 2L, t("rabbitmq", 0)), Map.of());
        CpuSample after = sample(10, Map.of(1L, t("harness", 10 * HZ), 2L, t("rabbitmq", HZ)), Map.of());

        PhaseCost cost = PhaseCost.between("batches", 100, before, after);

        assertThat(cost.cpuMillis(PhaseCost.HARNESS)).isCloseTo(100.0, within(1e-9));
        assertThat(cost.suiteCpuMillis()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void counters_are_per_event_and_one_that_could_not_be_read_is_absent() {
        CpuSample before = sample(0, Map.of(), Map.of(SuiteMeter.TRANSACTIONS, 1_000L, SuiteMeter.PUBLISHED, 50L));
        CpuSample after = sample(10, Map.of(), Map.of(SuiteMeter.TRANSACTIONS, 4_000L));

        PhaseCost cost = PhaseCost.between("singles", 1_500, before, after);

        assertThat(cost.count(SuiteMeter.TRANSACTIONS)).hasValueCloseTo(2.0, within(1e-9));
        assertThat(cost.count(SuiteMeter.PUBLISHED)).isEmpty();
    }

    @Test
    void the_idle_suite_is_reported_per_second() {
        CpuSample before = sample(0, Map.of(1L, t("nurturing-service", 0)), Map.of(SuiteMeter.TRANSACTIONS, 0L));
        CpuSample after = sample(10, Map.of(1L, t("nurturing-service", HZ)), Map.of(SuiteMeter.TRANSACTIONS, 400L));

        PhaseCost idle = PhaseCost.between("idle", 0, before, after);

        assertThat(idle.perEvent()).isFalse();
        assertThat(idle.cpuMillis("nurturing-service")).isCloseTo(100.0, within(1e-9));
        assertThat(idle.count(SuiteMeter.TRANSACTIONS)).hasValueCloseTo(40.0, within(1e-9));
    }

    @Test
    void the_table_has_a_row_per_phase_and_a_column_per_process_in_request_order() {
        CpuSample before = sample(0, Map.of(1L, t("scoring-service", 0), 2L, t("gateway", 0)), Map.of());
        CpuSample after = sample(10, Map.of(1L, t("scoring-service", HZ), 2L, t("gateway", 2 * HZ)), Map.of());

        String table = CostTable.render(
                java.util.List.of(PhaseCost.between("singles", 1_000, before, after)), java.util.List.of("a note"));

        assertThat(table)
                .contains("| phase | events | s | gateway | scoring-service | **suite** | harness |")
                .contains("| singles | 1000 | 10 | 2.00 | 1.00 | **3.00** | 0.00 |")
                .contains("- a note");
    }

    @Test
    void a_prometheus_counter_is_summed_over_its_label_sets() {
        String exposition = """
                # HELP rabbitmq_published_total
                # TYPE rabbitmq_published_total counter
                rabbitmq_published_total{name="rabbitConnectionFactory"} 120.0
                rabbitmq_published_total{name="binder"} 3.0
                rabbitmq_published_totally_else 99.0
                rabbitmq_consumed_total{name="rabbitConnectionFactory"} 7.0
                """;

        assertThat(SuiteMeter.metric(exposition, "rabbitmq_published_total")).isEqualTo(123);
        assertThat(SuiteMeter.metric(exposition, "rabbitmq_acknowledged_total")).isZero();
    }

    private static CpuSample.Ticks t(String label, long ticks) {
        return new CpuSample.Ticks(label, ticks);
    }

    private static CpuSample sample(int second, Map<Long, CpuSample.Ticks> processes, Map<String, Long> counters) {
        return new CpuSample(T0.plusSeconds(second), processes, counters);
    }
}
