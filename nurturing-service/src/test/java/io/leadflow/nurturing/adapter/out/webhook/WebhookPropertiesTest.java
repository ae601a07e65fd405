package io.leadflow.nurturing.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPropertiesTest {

    private static WebhookProperties pointingAt(String url, String... allowedHosts) {
        return new WebhookProperties(
                URI.create(url),
                "whsec_bG9jYWwtZGV2LW9ubHktbnVydHVyZS13ZWJob29rLXNlY3JldA==",
                List.of(allowedHosts),
                20,
                Duration.ofSeconds(10),
                Duration.ofMinutes(2),
                List.of(Duration.ofSeconds(5)),
                Duration.ofDays(3),
                null,
                null);
    }

    @Test
    void a_webhook_url_inside_the_cluster_is_refused_at_start_up() {
        assertThatThrownBy(() -> pointingAt("http://10.0.0.5/hooks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a private address")
                .hasMessageContaining("leadflow.nurture.webhook.allowed-hosts");
        assertThatThrownBy(() -> pointingAt("http://169.254.169.254/latest/meta-data/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_allowed_host_or_a_public_address_passes() {
        assertThat(pointingAt("http://127.0.0.1:9000/hooks", "127.0.0.1").url()).hasHost("127.0.0.1");
        assertThat(pointingAt("https://93.184.215.14/hooks").url()).hasHost("93.184.215.14");
    }

    @Test
    void a_webhook_url_outside_a_local_run_needs_https() {
        assertThatThrownBy(() -> pointingAt("http://93.184.215.14/hooks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only https");
    }

    @Test
    void ipv6_forms_that_carry_an_internal_ipv4_address_are_refused_at_start_up() {
        assertThatThrownBy(() -> pointingAt("https://[64:ff9b::a9fe:a9fe]/latest/meta-data/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NAT64");
        assertThatThrownBy(() -> pointingAt("https://[2002:a00:5::1]/hooks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6to4");
        assertThatThrownBy(() -> pointingAt("https://[::ffff:a00:5]/hooks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a private address");
    }
}
