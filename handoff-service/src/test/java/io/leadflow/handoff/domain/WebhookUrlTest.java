package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"https://crm.example.com/hooks/leads", "http://localhost:8089/hook", "HTTPS://Crm.Example.com"})
    void accepts_absolute_http_and_https_urls(String url) {
        assertThat(WebhookUrl.parse(url).value().isAbsolute()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/hooks/leads",
                "crm.example.com/hooks",
                "ftp://crm.example.com/x",
                "mailto:a@b.example",
                "https://",
                "https:///path",
                "http://exa mple.com",
                "   "
            })
    void refuses_anything_else_naming_the_field(String url) {
        assertThatThrownBy(() -> WebhookUrl.parse(url))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("webhookUrl"));
    }
}
