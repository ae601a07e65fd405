package io.leadflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class LocalIssuerConfigurationTest {

    @Test
    void the_local_issuer_refuses_to_start_in_a_pod_even_without_the_kubernetes_profile() {
        StandardEnvironment pod = new StandardEnvironment();
        pod.getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1", "KUBERNETES_SERVICE_PORT", "443")));

        assertThatThrownBy(() -> new LocalIssuerConfiguration(pod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("on Kubernetes");
    }

    @Test
    void the_local_issuer_refuses_the_kubernetes_profile_and_accepts_a_laptop() {
        StandardEnvironment kubernetes = laptop();
        kubernetes.setActiveProfiles("kubernetes");

        assertThatThrownBy(() -> new LocalIssuerConfiguration(kubernetes))
                .hasMessageContaining("leadflow.security.local-issuer.enabled=true is refused");
        assertThatCode(() -> new LocalIssuerConfiguration(laptop())).doesNotThrowAnyException();
    }

    private static StandardEnvironment laptop() {
        StandardEnvironment laptop = new StandardEnvironment();
        laptop.getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("HOME", "/home/me")));
        return laptop;
    }
}
