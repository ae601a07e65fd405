package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class SteadyGrowthTest {

    /** The heap's rule: 10 % of its level or 8 MiB over the run, whichever is more. */
    private static final SteadyGrowth HEAP = new SteadyGrowth(0.10, 8);

    /** An hour sampled every minute, a value per sample from {@code at(minute)} plus noise of this spread. */
    private static List<double[]> hour(long seed, double noise, DoubleUnaryOperator at) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> samples = new ArrayList<>();
        for (int minute = 0; minute <= 60; minute++) {
            samples.add(new double[] {minute * 60.0, at.applyAsDouble(minute) + (random.nextDouble() * 2 - 1) * noise});
        }
        return samples;
    }

    @Test
    void a_flat_series_with_noise_passes() {
        SteadyGrowth.Verdict verdict = HEAP.judge(hour(7, 12, minute -> 180));

        assertThat(verdict.growing()).isFalse();
        assertThat(verdict.fit()).isLessThan(SteadyGrowth.MIN_FIT);
    }

    @Test
    void a_slow_leak_under_the_noise_of_each_sample_fails() {
        // 40 MiB over the hour on 180 MiB, each sample off by up to 6 MiB
        SteadyGrowth.Verdict verdict = HEAP.judge(hour(11, 6, minute -> 180 + minute * 40.0 / 60));

        assertThat(verdict.growing()).isTrue();
        assertThat(verdict.slopePerMinute()).isBetween(0.4, 0.9);
        assertThat(verdict.projected()).isGreaterThan(verdict.allowed());
    }

    @Test
    void a_sawtooth_heap_passes() {
        // rises 60 MiB over 7 minutes, falls back at each collection
        SteadyGrowth.Verdict verdict = HEAP.judge(hour(13, 3, minute -> 150 + (minute % 7) * 60.0 / 7));

        assertThat(verdict.growing()).isFalse();
        assertThat(verdict.max()).isGreaterThan(200);
    }

    @Test
    void growth_during_warm_up_that_levels_off_passes() {
        // a table filling its retention window in the first ten minutes, then at its plateau
        SteadyGrowth tables = new SteadyGrowth(0.20, 1);

        SteadyGrowth.Verdict verdict = tables.judge(hour(17, 0.2, minute -> Math.min(minute, 10) * 2.0));

        assertThat(verdict.growing()).isFalse();
        assertThat(verdict.first()).isLessThan(1);
        assertThat(verdict.last()).isBetween(19.0, 21.0);
    }

    @Test
    void a_small_count_that_creeps_by_less_than_the_floor_passes() {
        // a thread pool of 40 that gains one thread over the hour
        SteadyGrowth threads = new SteadyGrowth(0.10, 4);

        assertThat(threads.judge(hour(19, 0, minute -> 40 + minute / 60.0)).growing())
                .isFalse();
        assertThat(threads.judge(hour(19, 0, minute -> 40 + minute / 6.0)).growing())
                .isTrue();
    }

    @Test
    void too_few_samples_are_not_judged() {
        List<double[]> three = List.of(new double[] {0, 1}, new double[] {60, 100}, new double[] {120, 1000});

        assertThat(HEAP.judge(three).growing()).isFalse();
        assertThat(HEAP.judge(List.of()).growing()).isFalse();
    }
}
