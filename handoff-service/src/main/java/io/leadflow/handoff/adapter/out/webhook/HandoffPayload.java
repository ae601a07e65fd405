package io.leadflow.handoff.adapter.out.webhook;

import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.SalesRep;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of a {@code lead.handoff.assigned} webhook: what a rep's tool needs to show the lead and offer the
 * accept and reject actions. Field order is kept, so the body reads well in a receiver's log.
 */
final class HandoffPayload {

    static final String TYPE = "lead.handoff.assigned";

    private HandoffPayload() {
    }

    static Map<String, Object> of(HandoffNotice notice) {
        Handoff handoff = notice.handoff();
        SalesRep rep = notice.rep();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("handoffId", handoff.id().toString());
        body.put("leadId", handoff.leadId().toString());
        body.put("rep", orderedMap("id", rep.id().toString(), "name", rep.name(), "email", rep.email().value()));
        body.put("lead", lead(notice));
        body.put("score", handoff.qualification().score());
        body.put("fastTrack", handoff.qualification().fastTrack());
        body.put("reasons", handoff.qualification().reasons());
        body.put("assignedAt", handoff.assignedAt() == null ? null : handoff.assignedAt().toString());
        String base = "/api/v1/handoffs/" + handoff.id();
        body.put("links", orderedMap("accept", base + "/accept", "reject", base + "/reject"));
        return body;
    }

    private static Map<String, Object> lead(HandoffNotice notice) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("email", notice.profile().map(p -> p.email()).orElse(null));
        notice.profile().ifPresent(profile -> profile.attributes().entrySet().stream()
                .filter(attribute -> !attribute.getKey().equals("email"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(attribute -> lead.put(attribute.getKey(), attribute.getValue())));
        return lead;
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> map = orderedMap(k1, v1, k2, v2);
        map.put(k3, v3);
        return map;
    }
}
