package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The hand-off service's inbox, {@code GET /api/v1/handoffs?assignee=me&status=open}, called as the person. */
@Component
class RestClientHandoffApi implements HandoffApi {

    private static final ParameterizedTypeReference<List<HandoffBody>> HANDOFFS = new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientHandoffApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<InboxEntry> openHandoffsOf(Caller caller) {
        List<HandoffBody> answer = gateway.get(caller, "/api/v1/handoffs?assignee=me&status=open", HANDOFFS);
        return answer == null
                ? List.of()
                : answer.stream().map(HandoffBody::toEntry).toList();
    }
}
