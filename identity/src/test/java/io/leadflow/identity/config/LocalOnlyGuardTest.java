package io.leadflow.identity.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class LocalOnlyGuardTest {

    @Test
    void refuses_to_start_under_the_kubernetes_profile() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("kubernetes");

        assertThatThrownBy(() -> LocalOnlyGuard.refuseOnKubernetes(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kubernetes");
    }

    @Test
    void refuses_to_start_when_the_platform_is_kubernetes() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.main.cloud-platform", "kubernetes");

        assertThatThrownBy(() -> LocalOnlyGuard.refuseOnKubernetes(environment))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void starts_on_a_laptop() {
        assertThatCode(() -> LocalOnlyGuard.refuseOnKubernetes(new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_user_with_a_role_leadflow_does_not_know_is_refused() {
        assertThatThrownBy(() -> new IdentityProperties.User("x@example.com", "pw", List.of("source")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.20", "10.0.0.7"})
    void refuses_to_listen_beyond_the_loopback_interface(String address) {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", address);

        assertThatThrownBy(() -> LocalOnlyGuard.refuseBeyondLoopback(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback interface only")
                .hasMessageContaining(address);
    }

    @Test
    void refuses_to_listen_on_every_interface_when_no_address_is_set() {
        assertThatThrownBy(() -> LocalOnlyGuard.refuseBeyondLoopback(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("every interface");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "localhost"})
    void listens_on_the_loopback_interface(String address) {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", address);

        assertThatCode(() -> LocalOnlyGuard.refuseBeyondLoopback(environment)).doesNotThrowAnyException();
    }
}
