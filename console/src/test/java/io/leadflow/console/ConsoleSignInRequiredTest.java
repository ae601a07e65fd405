package io.leadflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On a real server, a page asked for with forged identity headers or a token the gateway did not sign for the console
 * gets the console's own 401 page, never the page itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSignInRequiredTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void forged_identity_headers_get_the_sign_in_page_with_401() throws Exception {
        HttpResponse<String> response = http.send(
                page("/inbox")
                        .header("X-LeadFlow-User", "rep@example.com")
                        .header("X-LeadFlow-Roles", "sales_rep,admin")
                        .header("Authorization", "Bearer t")
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.body())
                .contains("Sign in through LeadFlow")
                .doesNotContain("rep@example.com", "My open hand-offs");
    }

    @Test
    void a_token_addressed_to_a_service_does_not_open_the_console() throws Exception {
        String token = GatewayTokens.token()
                .user("rep@example.com")
                .roles("sales_rep")
                .audience("handoff-service")
                .sign();

        HttpResponse<String> response = http.send(
                page("/inbox")
                        .header(GatewayTokens.HEADER, token)
                        .header("Authorization", "Bearer t")
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(response.body()).contains("Sign in through LeadFlow").doesNotContain("My open hand-offs");
    }

    @Test
    void the_consoles_own_files_need_no_token() throws Exception {
        HttpResponse<String> response =
                http.send(page("/assets/console.css").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
