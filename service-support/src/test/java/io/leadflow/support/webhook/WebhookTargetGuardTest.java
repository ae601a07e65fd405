package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                "https://127.0.0.1/hook",
                "https://localhost:8080/hook",
                "https://localhost./hook",
                "https://LOCALHOST../hook",
                "https://127.1.2.3/",
                "https://[::1]/hook",
                "https://10.0.0.5/hook",
                "https://172.16.4.2/hook",
                "https://172.31.255.255/",
                "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://[fe80::1]/",
                "https://[fd00::17]/",
                "https://224.0.0.1/",
                "https://0.0.0.0/",
                "https://[::]/",
                "https://100.64.0.1/",
                "https://240.0.0.1/",
                "https://[::ffff:10.1.2.3]/",
                "https://[::ffff:7f00:1]/",
                "https://[::ffff:169.254.169.254]/",
                "https://[::7f00:1]/",
                "https://[64:ff9b::a9fe:a9fe]/",
                "https://[64:ff9b::808:808]/",
                "https://[64:ff9b:1::a00:1]/",
                "https://[2002:7f00:1::1]/",
                "https://[2002:808:808::1]/",
                "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
                "https://2130706433/",
                "https://0177.0.0.1/",
                "https://0x7f.0.0.1/",
                "https://0x7f000001/",
                "https://127.1/",
                "https://metadata.google.internal/computeMetadata/v1/",
                "https://metadata.google.internal./computeMetadata/v1/",
                "http://8.8.8.8/",
                "http://93.184.215.14/hooks",
                "ftp://files.example.com/x",
                "file:///etc/passwd",
                "gopher://example.com/",
                "https://user:pw@example.com/"
            })
    void refuses_internal_misleading_and_unencrypted_targets(String url) {
        assertThat(guard.refusal(URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2130706433",
                "0177.0.0.1",
                "0x7f.0.0.1",
                "0x7f000001",
                "127.1",
                "017700000001",
                "0.0.0.0",
                "localhost.",
                "[::ffff:127.0.0.1]",
                "[64:ff9b::7f00:1]"
            })
    void refuses_the_host_names_a_connection_would_resolve_to_the_host_itself(String host) {
        assertThatThrownBy(() -> guard.resolve(host)).isInstanceOf(RefusedTargetException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks", "https://8.8.8.8/", "https://[2606:4700:4700::1111]/"})
    void accepts_public_addresses_over_https(String url) {
        assertThat(guard.refusal(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9000/hook", "http://127.0.0.1:9000/hook", "http://LocalHost/hook"})
    void an_explicitly_allowed_host_passes_over_http_for_local_demos_and_tests(String url) {
        WebhookTargetGuard demo = new WebhookTargetGuard(List.of(" LOCALHOST ", "127.0.0.1", ""));

        assertThat(demo.refusal(URI.create(url))).isEmpty();
        assertThat(demo.refusal(URI.create("ftp://localhost/"))).isPresent();
        assertThat(demo.refusal(URI.create("http://10.0.0.5/"))).isPresent();
    }

    @Test
    void a_refusal_says_which_address_the_host_resolved_to() {
        assertThat(guard.refusal(URI.create("https://10.0.0.5/hook")))
                .hasValue("host 10.0.0.5 resolves to 10.0.0.5, a private address");
    }

    @Test
    void a_name_is_refused_when_any_of_its_addresses_is_internal() throws Exception {
        WebhookTargetGuard split = new WebhookTargetGuard(List.of(), host -> new java.net.InetAddress[] {
            java.net.InetAddress.getByName("93.184.215.14"), java.net.InetAddress.getByName("10.1.1.1")
        });

        assertThat(split.refusal(URI.create("https://hooks.example.com/")))
                .hasValue("host hooks.example.com resolves to 10.1.1.1, a private address");
    }
}
