package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded issuer is for local runs only: loud when on, and it will not start under Kubernetes. */
@ExtendWith(OutputCaptureExtension.class)
class LocalIssuerIT {

    @Test
    void the_gateway_refuses_to_start_with_the_local_issuer_under_the_kubernetes_profile() {
        assertThatThrownBy(() -> gateway().profiles("kubernetes").run(arguments(true)))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "leadflow.security.local-issuer.enabled=true is refused under the 'kubernetes' profile");
    }

    @Test
    void the_gateway_warns_loudly_when_the_local_issuer_is_on(CapturedOutput output) {
        try (ConfigurableApplicationContext ignored = gateway().run(arguments(true))) {
            assertThat(output.getAll()).contains("LOCAL ISSUER ON").contains("FOR LOCAL USE ONLY");
        }
    }

    private static SpringApplicationBuilder gateway() {
        return new SpringApplicationBuilder(GatewayApplication.class);
    }

    /** As command-line arguments: defaults set on the builder would lose to application.yml. */
    private static String[] arguments(boolean localIssuer) {
        return new String[] {
            "--server.port=0",
            "--leadflow.security.local-issuer.enabled=" + localIssuer,
            "--spring.datasource.url=" + TestStack.databaseUrl(),
            "--spring.main.banner-mode=off"
        };
    }
}
