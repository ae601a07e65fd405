package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetGuardTest {

    private final WebhookTargetGuard guard = new WebhookTargetGuard(List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://localhost:8080/hook",
                "http://127.1.2.3/",
                "http://[::1]/hook",
                "http://10.0.0.5/hook",
                "http://172.16.4.2/hook",
                "http://172.31.255.255/",
                "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/",
                "http://[fd00::17]/",
                "http://224.0.0.1/",
                "http://0.0.0.0/",
                "http://[::]/",
                "http://100.64.0.1/",
                "http://240.0.0.1/",
                "http://[::ffff:10.1.2.3]/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "ftp://files.example.com/x",
                "file:///etc/passwd",
                "gopher://example.com/",
                "http://user:pw@example.com/"
            })
    void refuses_internal_and_non_http_targets(String url) {
        assertThat(guard.refusal(URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks", "http://8.8.8.8/", "https://[2606:4700:4700::1111]/"})
    void accepts_public_addresses(String url) {
        assertThat(guard.refusal(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9000/hook", "http://127.0.0.1:9000/hook", "http://LocalHost/hook"})
    void an_explicitly_allowed_host_passes_for_local_demos_and_tests(String url) {
        WebhookTargetGuard demo = new WebhookTargetGuard(List.of(" LOCALHOST ", "127.0.0.1", ""));

        assertThat(demo.refusal(URI.create(url))).isEmpty();
        assertThat(demo.refusal(URI.create("ftp://localhost/"))).isPresent();
    }

    @Test
    void a_refusal_says_which_address_the_host_resolved_to() {
        assertThat(guard.refusal(URI.create("http://10.0.0.5/hook")))
                .hasValue("host 10.0.0.5 resolves to 10.0.0.5, a private address");
    }
}
