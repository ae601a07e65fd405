package io.leadflow.ingestion;

import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the running service, as curl or a marketing tool would make them. */
final class HttpCalls {

    record Answer(int status, String body, JsonNode json, HttpResponse<String> response) {}

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final JsonMapper json = JsonMapper.builder().build();

    HttpCalls(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (request.build().headers().firstValue(GatewayTokens.HEADER).isEmpty()
                && request.build().headers().firstValue("X-LeadFlow-User").isEmpty()) {
            // as the gateway forwards every call: signed in, unless the test names its own caller or forges one
            request.header(GatewayTokens.HEADER, GatewayTokens.anyone());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = null;
            if (response.body() != null
                    && !response.body().isBlank()
                    && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                node = json.readTree(response.body());
            }
            return new Answer(response.statusCode(), response.body(), node, response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer post(String path, String body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    Answer put(String path, String body, String... headers) {
        return send("PUT", path, body, "application/json", headers);
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    /** {@code POST /api/v1/contacts}: the profile's JSON object (without the e-mail), for the given person. */
    Answer upsertContact(String email, String profile, String... headers) {
        String fields = profile.strip().substring(1).strip();
        String body = "{\"email\":" + json.writeValueAsString(email) + (fields.equals("}") ? "}" : "," + fields);
        return post("/api/v1/contacts", body, headers);
    }

    /** {@code POST /api/v1/contacts/search} for the person with this e-mail address. */
    Answer contact(String email) {
        return post("/api/v1/contacts/search", "{\"email\":" + json.writeValueAsString(email) + "}");
    }
}
