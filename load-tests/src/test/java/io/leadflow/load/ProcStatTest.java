package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    // a real line of a JVM's /proc/<pid>/stat, its utime (field 14) 1234 and stime (field 15) 56
    private static final String JAVA = "4242 (java) S 4241 4242 4242 0 -1 4194560 52331 0 12 0 1234 56 0 0 20 0 58 0 "
            + "7716 4867203072 98213 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";

    @Test
    void cpu_time_is_user_plus_system_ticks() {
        assertThat(ProcStat.cpuTicks(JAVA)).isEqualTo(1290);
    }

    @Test
    void a_command_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        String odd = JAVA.replace("(java)", "(my (odd) proc 1)");

        assertThat(ProcStat.cpuTicks(odd)).isEqualTo(1290);
    }

    @Test
    void a_line_that_is_not_a_stat_line_is_refused() {
        assertThatThrownBy(() -> ProcStat.cpuTicks("4242 java S 1 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcStat.cpuTicks("4242 (java) S 1 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_harness_reads_its_own_cpu_time_from_proc() {
        long pid = ProcessHandle.current().pid();

        assertThat(ProcStat.cpuTicks(pid)).isPresent();
        assertThat(ProcStat.cpuTicks(pid).getAsLong()).isPositive();
        assertThat(ProcStat.commandLine(pid)).get().asString().contains("java");
    }

    @Test
    void a_process_that_is_gone_has_no_cpu_time() {
        assertThat(ProcStat.cpuTicks(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void ticks_become_milliseconds_at_the_kernel_s_clock_rate() {
        assertThat(ProcStat.millis(ProcStat.TICKS_PER_SECOND * 3)).isEqualTo(3000.0);
    }
}
