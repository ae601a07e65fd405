package io.leadflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;

class HeaderCsrfTokenTest {

    private final CsrfToken token = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "expected");

    @Test
    void the_token_comes_from_the_header_even_when_a_form_body_names_one() {
        MockServerWebExchange exchange = formPost("_csrf=from-the-form&name=website", "from-the-header");

        assertThat(new HeaderCsrfToken().resolveCsrfTokenValue(exchange, token).block())
                .isEqualTo("from-the-header");
    }

    @Test
    void a_token_only_in_the_form_body_is_not_read_so_the_body_stays_for_the_console() {
        MockServerWebExchange exchange = formPost("_csrf=expected&name=website", null);

        assertThat(new HeaderCsrfToken().resolveCsrfTokenValue(exchange, token).block())
                .isNull();
        assertThat(exchange.getRequest()
                        .getBody()
                        .map(buffer -> buffer.toString(StandardCharsets.UTF_8))
                        .blockFirst())
                .isEqualTo("_csrf=expected&name=website");
    }

    private static MockServerWebExchange formPost(String body, String header) {
        MockServerHttpRequest.BaseBuilder<?> request =
                MockServerHttpRequest.post("/admin/api-keys").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (header != null) {
            request.header("X-XSRF-TOKEN", header);
        }
        return MockServerWebExchange.from(((MockServerHttpRequest.BodyBuilder) request).body(body));
    }
}
