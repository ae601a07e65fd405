package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code ./leadflow} keeps everything on this machine unless {@code --bind} opens the gateway, and then says so. */
class LauncherBindTest {

    private static StackConfig parse(String... args) {
        String[] withVersion = new String[args.length + 2];
        withVersion[0] = "--version";
        withVersion[1] = "1";
        System.arraycopy(args, 0, withVersion, 2, args.length);
        return Launcher.parse(withVersion);
    }

    @Test
    void by_default_every_process_listens_on_the_loopback_interface_and_nothing_is_warned() {
        StackConfig config = parse();

        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(Launcher.bindWarning(config)).isEmpty();
        ServiceEnvironments environments = new ServiceEnvironments(config);
        for (SuiteService service : SuiteService.values()) {
            assertThat(environments.of(service)).as(service.module()).containsEntry("SERVER_ADDRESS", "127.0.0.1");
        }
    }

    @Test
    void bind_widens_the_gateway_alone_with_a_warning_naming_the_address() {
        StackConfig config = parse("--bind", "0.0.0.0");

        assertThat(Launcher.bindWarning(config))
                .hasValueSatisfying(warning -> assertThat(warning)
                        .contains("0.0.0.0:8080")
                        .contains("reachable from other machines")
                        .contains("stay on 127.0.0.1"));
        assertThat(config.gatewayUrl()).isEqualTo("http://localhost:8080");
        ServiceEnvironments environments = new ServiceEnvironments(config);
        assertThat(environments.of(SuiteService.GATEWAY)).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        for (SuiteService service : SuiteService.values()) {
            if (service != SuiteService.GATEWAY) {
                assertThat(environments.of(service)).as(service.module()).containsEntry("SERVER_ADDRESS", "127.0.0.1");
            }
        }
    }

    @Test
    void bind_to_one_interface_puts_that_address_in_the_gateway_url() {
        StackConfig config = parse("--bind", "192.168.1.20", "--port-base", "9000");

        assertThat(config.gatewayUrl()).isEqualTo("http://192.168.1.20:9000");
        assertThat(Launcher.bindWarning(config)).isPresent();
        assertThat(Launcher.bindWarning(parse("--bind", "127.0.0.1"))).isEmpty();
    }

    @Test
    void bind_without_an_address_or_with_garbage_is_refused() {
        assertThatThrownBy(() -> parse("--bind")).hasMessageContaining("--bind needs a value");
        assertThatThrownBy(() -> parse("--bind", "a b;rm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--bind needs an IP address or host name");
    }
}
