package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.DeadLetterApi;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Each service's {@code /api/v1/admin/dead-letters/<service>} through the gateway. */
@Component
class RestClientDeadLetterApi implements DeadLetterApi {

    private static final String BASE = "/api/v1/admin/dead-letters/{service}";

    private final GatewayApi gateway;

    RestClientDeadLetterApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public ServiceDeadLetters deadLetters(Caller caller, String service) {
        ServiceDeadLetters answer = gateway.get(caller, BASE, ServiceDeadLetters.class, service);
        return answer == null ? new ServiceDeadLetters(service, List.of(), List.of()) : answer;
    }

    @Override
    public RedriveOutcome redrive(Caller caller, String service, List<Long> ids) {
        return gateway.send(
                caller, HttpMethod.POST, BASE + "/redrive", Map.of("ids", ids), RedriveOutcome.class, service);
    }

    @Override
    public RedriveOutcome redriveAll(Caller caller, String service) {
        return gateway.send(
                caller, HttpMethod.POST, BASE + "/redrive", Map.of("all", true), RedriveOutcome.class, service);
    }

    @Override
    public void discard(Caller caller, String service, long id) {
        gateway.send(caller, HttpMethod.DELETE, BASE + "/{id}", null, service, id);
    }
}
