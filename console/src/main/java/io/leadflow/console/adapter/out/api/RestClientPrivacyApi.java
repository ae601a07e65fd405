package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import io.leadflow.console.application.port.out.PrivacyApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingestion's {@code /api/v1/privacy/erasures} and {@code /exports} through the gateway, as the person. The e-mail
 * address goes in the body of the POST, never in a URL.
 */
@Component
class RestClientPrivacyApi implements PrivacyApi {

    private static final String BASE = "/api/v1/privacy/{collection}";

    private final GatewayApi gateway;
    private final JsonMapper json;

    RestClientPrivacyApi(GatewayApi gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    @Override
    public PrivacyRequest request(Caller caller, String kind, String email) {
        return gateway.send(
                        caller,
                        HttpMethod.POST,
                        BASE,
                        Map.of("email", email),
                        PrivacyRequestBody.class,
                        collection(kind))
                .toRequest(this::indented);
    }

    @Override
    public PrivacyRequestList recent(Caller caller, String kind, int page, int size) {
        PrivacyRequestBody.Page answer = gateway.get(
                caller, BASE + "?page={page}&size={size}", PrivacyRequestBody.Page.class, collection(kind), page, size);
        List<PrivacyRequestBody> items = answer.items() == null ? List.of() : answer.items();
        return new PrivacyRequestList(
                items.stream().map(item -> item.toRequest(this::indented)).toList(),
                new ListPaging(answer.page(), Math.max(1, answer.size()), answer.total()));
    }

    @Override
    public PrivacyRequest find(Caller caller, String kind, UUID id) {
        return gateway.get(caller, BASE + "/{id}", PrivacyRequestBody.class, collection(kind), id)
                .toRequest(this::indented);
    }

    private String indented(JsonNode document) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private static String collection(String kind) {
        return kind + "s";
    }
}
