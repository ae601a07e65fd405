package io.leadflow.deploy.traffic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user of the suite has: HTTP calls through the gateway as one caller (a person's bearer token, an event
 * source's API key, or nobody), answers read as JSON. Immutable: {@link #as} gives a client for another caller.
 */
public final class SuiteClient {

    /** A status and the body as JSON (null when empty or not JSON), with the headers a caller may look at. */
    public record Answer(int status, JsonNode body, String text, Map<String, String> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;
    private final Duration timeout;

    private SuiteClient(String base, String authorization, Duration timeout) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** An anonymous caller of the gateway at {@code base}. */
    public static SuiteClient of(String base) {
        return new SuiteClient(base, null, Duration.ofSeconds(20));
    }

    /** The same gateway, as a person holding {@code token}. */
    public SuiteClient as(String token) {
        return new SuiteClient(base, "Bearer " + token, timeout);
    }

    /** The same gateway, as an event source with an API key (HTTP Basic, key as user name, as Segment sends it). */
    public SuiteClient withApiKey(String key) {
        String basic = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        return new SuiteClient(base, "Basic " + basic, timeout);
    }

    public SuiteClient withTimeout(Duration newTimeout) {
        return new SuiteClient(base, authorization, newTimeout);
    }

    public String base() {
        return base;
    }

    public Answer get(String path) {
        return send(request(path, Map.of()).GET());
    }

    public Answer post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Answer post(String path, String json, Map<String, String> headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(request(path, Map.of())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path) {
        return send(request(path, Map.of()).DELETE());
    }

    /** Writes a value as JSON text (records, maps, lists). */
    /**
     * Creates or updates the person with this e-mail address ({@code POST /api/v1/contacts}): the profile is a JSON
     * object without the e-mail, which travels in the body, never in a URL.
     */
    public Answer upsertContact(String email, String profile) {
        tools.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
        body.put("email", email);
        JsonNode fields = JSON.readTree(profile);
        fields.propertyNames().forEach(name -> body.set(name, fields.get(name)));
        return post("/api/v1/contacts", JSON.writeValueAsString(body));
    }

    /** The person with this e-mail address as ingestion knows them ({@code POST /api/v1/contacts/search}). */
    public Answer contact(String email) {
        return post("/api/v1/contacts/search", json(Map.of("email", email)));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return request;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
            return new Answer(response.statusCode(), readable(response.body()), response.body(), headers);
        } catch (IOException e) {
            throw new SuiteUnreachableException(request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteUnreachableException(request.build().uri(), e);
        }
    }

    private static JsonNode readable(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
