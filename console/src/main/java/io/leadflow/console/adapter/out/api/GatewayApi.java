package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API through the gateway, called as the signed-in person (their relayed access token), so the access matrix
 * and the services' ownership rules apply to the console exactly as to any client. Every adapter of this package
 * calls the API through here. A 4xx answer becomes an {@link ApiRefusal} with the problem's detail and fields, for
 * the page to show; a 5xx stays an error.
 */
@Component
final class GatewayApi {

    private final RestClient gateway;
    private final JsonMapper json;

    GatewayApi(RestClient gatewayRestClient, JsonMapper json) {
        this.gateway = gatewayRestClient;
        this.json = json;
    }

    <T> T get(Caller caller, String uri, Class<T> type, Object... variables) {
        return call(caller, HttpMethod.GET, uri, null, variables).body(type);
    }

    <T> T get(Caller caller, String uri, ParameterizedTypeReference<T> type, Object... variables) {
        return call(caller, HttpMethod.GET, uri, null, variables).body(type);
    }

    /** A text answer as it came (e.g. a CSV export). */
    String text(Caller caller, String uri, Object... variables) {
        String body = call(caller, HttpMethod.GET, uri, null, variables).body(String.class);
        return body == null ? "" : body;
    }

    <T> T send(
            Caller caller, HttpMethod method, String uri, @Nullable Object body, Class<T> type, Object... variables) {
        return call(caller, method, uri, body, variables).body(type);
    }

    /** A change whose body is text of the given type (e.g. a YAML document), so the API reads it as written. */
    <T> T sendText(
            Caller caller,
            HttpMethod method,
            String uri,
            String body,
            MediaType contentType,
            Class<T> type,
            Object... variables) {
        return gateway.method(method)
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.accessToken())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL)
                .contentType(contentType)
                .body(body)
                .retrieve()
                .onStatus(status -> status.is4xxClientError(), this::refuse)
                .body(type);
    }

    /** A change whose answer the console does not need. */
    void send(Caller caller, HttpMethod method, String uri, @Nullable Object body, Object... variables) {
        call(caller, method, uri, body, variables).toBodilessEntity();
    }

    private RestClient.ResponseSpec call(
            Caller caller, HttpMethod method, String uri, @Nullable Object body, Object... variables) {
        RestClient.RequestBodySpec request = gateway.method(method)
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.accessToken())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> status.is4xxClientError(), this::refuse);
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        String detail = "The request was refused (" + status + ").";
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<ApiRefusal.RowError> rows = new ArrayList<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            JsonNode problem = json.readTree(text);
            detail = problem.path("detail").asString(problem.path("title").asString(detail));
            for (JsonNode error : problem.path("errors")) {
                fields.put(
                        error.path("field").asString(""), error.path("detail").asString(""));
                if (error.path("row").isNumber()) {
                    rows.add(new ApiRefusal.RowError(
                            error.path("row").asInt(),
                            error.path("line").asLong(),
                            error.path("field").asString(""),
                            error.path("rule").asString(""),
                            error.path("detail").asString("")));
                }
                if (error.path("line").isInt()) {
                    lines.put(
                            error.path("field").asString(""), error.path("line").asInt());
                }
            }
            for (String name : problem.propertyNames()) {
                if (!name.equals("status") && problem.path(name).isNumber()) {
                    figures.put(name, problem.path(name).asDouble());
                }
            }
            if (fields.isEmpty() && problem.path("field").isString()) {
                fields.put(problem.path("field").asString(), detail);
            }
        } catch (RuntimeException notJson) {
            // not a problem document: the status says enough
        }
        if (status == 401) {
            detail = "Your session has ended. Sign in again.";
        } else if (status == 403) {
            detail = "Your roles do not allow this.";
        }
        throw new ApiRefusal(status, detail, fields, lines, rows, figures);
    }
}
