package io.leadflow.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** The provider will not start where other machines could reach its login page. */
class NonLoopbackBindTest {

    @Test
    void the_provider_refuses_to_start_bound_to_every_interface() {
        assertThatThrownBy(() -> SpringApplication.run(
                        IdentityApplication.class,
                        "--server.address=0.0.0.0",
                        "--server.port=0",
                        "--spring.main.banner-mode=off"))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback interface only")
                .hasMessageContaining("0.0.0.0");
    }
}
