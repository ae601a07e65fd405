package io.leadflow.handoff.adapter.out.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's full table of addresses is tested in service-support; here, that hand-off's settings reach it. */
class ResolvingTargetPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9000/hook", "http://10.0.0.5/hook", "ftp://files.example.com/x"})
    void refuses_internal_and_non_http_targets_by_default(String url) {
        assertThat(new ResolvingTargetPolicy(Notices.properties()).refusal(URI.create(url)))
                .isPresent();
    }

    @Test
    void accepts_a_public_address() {
        assertThat(new ResolvingTargetPolicy(Notices.properties()).refusal(URI.create("https://93.184.215.14/hooks")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9000/hook", "http://127.0.0.1:9000/hook"})
    void an_explicitly_allowed_host_passes_for_local_demos_and_tests(String url) {
        ResolvingTargetPolicy demo = new ResolvingTargetPolicy(Notices.properties("localhost", "127.0.0.1"));

        assertThat(demo.refusal(URI.create(url))).isEmpty();
        assertThat(demo.refusal(URI.create("ftp://localhost/"))).isPresent();
    }
}
