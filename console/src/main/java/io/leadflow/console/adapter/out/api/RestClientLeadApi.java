package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadDetail;
import io.leadflow.console.application.LeadEvents;
import io.leadflow.console.application.LeadList;
import io.leadflow.console.application.port.out.LeadApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Scoring's {@code GET /api/v1/leads} and {@code /api/v1/leads/{id}}, ingestion's {@code /api/v1/leads/{id}/events},
 * called as the person.
 */
@Component
class RestClientLeadApi implements LeadApi {

    private final GatewayApi gateway;

    RestClientLeadApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public LeadList leads(Caller caller, Map<String, String> parameters, int page, int size) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("page", Integer.toString(page));
        all.put("size", Integer.toString(size));
        LeadQueryTemplate query = LeadQueryTemplate.of("/api/v1/leads", all);
        LeadListBody body = gateway.get(caller, query.template(), LeadListBody.class, query.values());
        return body == null ? new LeadListBody(null, page, size, 0).toList() : body.toList();
    }

    @Override
    public LeadDetail lead(Caller caller, UUID leadId) {
        return gateway.get(caller, "/api/v1/leads/{id}", LeadBody.class, leadId).toDetail();
    }

    @Override
    public LeadEvents events(Caller caller, UUID leadId, int size) {
        try {
            LeadEventsBody body = gateway.get(
                    caller, "/api/v1/leads/{id}/events?page=0&size={size}", LeadEventsBody.class, leadId, size);
            return body == null ? LeadEvents.none() : body.toEvents();
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 404) {
                return LeadEvents.none();
            }
            throw refusal;
        }
    }
}
