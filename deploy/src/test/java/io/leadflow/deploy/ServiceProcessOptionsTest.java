package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceProcessOptionsTest {

    @Test
    void without_options_set_a_service_starts_with_the_quick_start_flags() {
        assertThat(ServiceProcess.javaOptions(null, "scoring-service")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void options_set_but_empty_leave_the_jvm_its_defaults() {
        assertThat(ServiceProcess.javaOptions("  ", "scoring-service")).isEmpty();
    }

    @Test
    void each_process_writes_its_recording_to_a_file_of_its_own_name() {
        assertThat(ServiceProcess.javaOptions(
                        "-Xmx512m  -XX:StartFlightRecording=filename=/tmp/load/{name}.jfr,settings=profile",
                        "handoff-service-2"))
                .containsExactly(
                        "-Xmx512m",
                        "-XX:StartFlightRecording=filename=/tmp/load/handoff-service-2.jfr,settings=profile");
    }
}
