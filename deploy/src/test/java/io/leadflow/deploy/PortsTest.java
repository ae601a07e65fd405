package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsTest {

    @TempDir
    Path dir;

    @Test
    void ports_inside_the_ephemeral_range_are_warned_about_with_a_base_that_avoids_it() throws IOException {
        Path range = Files.writeString(dir.resolve("ip_local_port_range"), "32768\t60999\n");

        assertThat(Ports.ephemeralWarning(38080, 38092, range))
                .hasValueSatisfying(warning ->
                        assertThat(warning).contains("38080-38092", "32768-60999", "--port-base below 32768"));
        assertThat(Ports.ephemeralWarning(32760, 32772, range))
                .as("overlapping its lower end")
                .isPresent();
        assertThat(Ports.ephemeralWarning(60990, 61002, range))
                .as("overlapping its upper end")
                .isPresent();
    }

    @Test
    void this_machine_s_own_range_is_read() {
        assumeTrue(Files.isReadable(Ports.EPHEMERAL_RANGE), "Linux only");

        assertThat(Ports.ephemeralWarning(1024, 65535, Ports.EPHEMERAL_RANGE))
                .as("all ports overlap any range")
                .hasValueSatisfying(warning -> assertThat(warning).contains(Ports.EPHEMERAL_RANGE.toString()));
    }

    @Test
    void ports_outside_the_range_or_an_unreadable_range_give_no_warning() throws IOException {
        Path range = Files.writeString(dir.resolve("ip_local_port_range"), "32768\t60999\n");

        assertThat(Ports.ephemeralWarning(8080, 8092, range)).isEmpty();
        assertThat(Ports.ephemeralWarning(61000, 61012, range)).isEmpty();
        assertThat(Ports.ephemeralWarning(8080, 8092, dir.resolve("absent")))
                .as("not Linux")
                .isEmpty();
        assertThat(Ports.ephemeralWarning(8080, 8092, Files.writeString(dir.resolve("odd"), "garbage")))
                .isEmpty();
    }
}
