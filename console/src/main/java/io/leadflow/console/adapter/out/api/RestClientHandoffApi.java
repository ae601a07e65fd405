package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The hand-off service's inbox, {@code GET /api/v1/handoffs?assignee=me&status=open}, called as the person. */
@Component
class RestClientHandoffApi implements HandoffApi {

    private static final ParameterizedTypeReference<List<HandoffBody>> HANDOFFS = new ParameterizedTypeReference<>() {};

    private final RestClient gateway;

    RestClientHandoffApi(RestClient gatewayApi) {
        this.gateway = gatewayApi;
    }

    @Override
    public List<InboxEntry> openHandoffsOf(Caller caller) {
        List<HandoffBody> answer = gateway.get()
                .uri("/api/v1/handoffs?assignee=me&status=open")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.accessToken())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(HANDOFFS);
        return answer == null
                ? List.of()
                : answer.stream().map(HandoffBody::toEntry).toList();
    }
}
