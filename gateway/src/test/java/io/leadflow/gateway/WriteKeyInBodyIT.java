package io.leadflow.gateway;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Segment's Java SDK sends its write key in the batch body, not in HTTP Basic: the gateway finds it there, checks it
 * like any key, and passes the body on unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class WriteKeyInBodyIT {

    private final WebTestClient client;
    private final String admin;

    WriteKeyInBodyIT(@Autowired WebTestClient client) {
        this.client = client;
        this.admin = TestStack.bearer("admin@leadflow.test", "admin");
    }

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.everything(registry);
    }

    @Test
    void a_batch_carrying_its_write_key_in_the_body_is_let_in_as_that_key_with_the_body_intact() {
        String key = TestStack.apiKey(client, admin, "segment java sdk");
        String body = batch("\"writeKey\":\"" + key + "\"");

        for (String path : new String[] {"/v1/import/", "/v1/batch"}) {
            client.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals(StubService.ECHO_USER, "apikey:" + key.substring(3, 19))
                    .expectHeader()
                    .valueEquals(
                            StubService.ECHO_BODY_LENGTH, String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void a_wrong_missing_or_nested_write_key_is_refused_with_401() {
        String key = TestStack.apiKey(client, admin, "segment java sdk 2");
        String wrongSecret = key.substring(0, key.length() - 4) + "AAAA";
        for (String body : new String[] {
            batch("\"writeKey\":\"" + wrongSecret + "\""),
            batch("\"context\":{\"library\":{\"name\":\"analytics-java\"}}"),
            "{\"batch\":[{\"type\":\"track\",\"event\":\"Signed Up\",\"writeKey\":\"" + key + "\"}]}",
            "[{\"writeKey\":\"" + key + "\"}]",
            "not json at all"
        }) {
            client.post()
                    .uri("/v1/batch")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }

    @Test
    void a_write_key_in_the_body_does_not_open_any_other_path() {
        String key = TestStack.apiKey(client, admin, "segment java sdk 3");
        client.post()
                .uri("/api/v1/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"type\":\"page_viewed\",\"email\":\"sam@contoso.test\",\"writeKey\":\"" + key + "\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private static String batch(String extra) {
        return "{\"batch\":[{\"type\":\"track\",\"event\":\"Signed Up\",\"userId\":\"sam@contoso.test\","
                + "\"properties\":{\"nested\":{\"writeKey\":\"not this one\"}}}],\"sentAt\":\"2026-11-01T09:00:00Z\","
                + extra + "}";
    }
}
