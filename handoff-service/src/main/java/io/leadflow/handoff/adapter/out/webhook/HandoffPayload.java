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

    private HandoffPayload() {}

    static Map<String, Object> of(HandoffNotice notice) {
        return of(notice, "");
    }

    static String type(HandoffNotice notice) {
        return switch (notice.kind()) {
            case ASSIGNED -> TYPE;
            case REMINDER -> "lead.handoff.reminder";
            case BREACH -> "lead.handoff.sla_breached";
        };
    }

    /**
     * The body; every link ({@code links.open}, and {@code links.accept} / {@code links.reject}, kept for receivers
     * that read them) opens the hand-off's page in the console at {@code consoleUrl}, where the rep acts.
     */
    static Map<String, Object> of(HandoffNotice notice, String consoleUrl) {
        Handoff handoff = notice.handoff();
        SalesRep rep = notice.rep();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(notice));
        body.put("handoffId", handoff.id().toString());
        body.put("leadId", handoff.leadId().toString());
        body.put(
                "rep",
                orderedMap(
                        "id",
                        rep.id().toString(),
                        "name",
                        rep.name(),
                        "email",
                        rep.email().value()));
        body.put("lead", lead(notice));
        body.put("score", handoff.qualification().score());
        body.put("fastTrack", handoff.qualification().fastTrack());
        body.put("reasons", handoff.qualification().reasons());
        body.put("likelihoods", handoff.qualification().likelihoods());
        body.put(
                "assignedAt",
                handoff.assignedAt() == null ? null : handoff.assignedAt().toString());
        body.put("channel", handoff.qualification().channel());
        body.put("segment", handoff.qualification().segment());
        body.put("campaign", handoff.qualification().campaign());
        body.put(
                "teamId",
                handoff.route().team() == null ? null : handoff.route().team().toString());
        body.put("assignedBy", handoff.assignedBy());
        if (handoff.sla() != null) {
            body.put(
                    "acceptDueAt",
                    handoff.sla().acceptDueAt() == null
                            ? null
                            : handoff.sla().acceptDueAt().toString());
            body.put(
                    "decideDueAt",
                    handoff.sla().decideDueAt() == null
                            ? null
                            : handoff.sla().decideDueAt().toString());
        }
        body.put("history", notice.history());
        String page = consoleUrl.replaceAll("/+$", "") + "/handoffs/" + handoff.id();
        body.put("links", orderedMap("open", page, "accept", page, "reject", page));
        return body;
    }

    private static Map<String, Object> lead(HandoffNotice notice) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("email", notice.profile().map(p -> p.email()).orElse(null));
        notice.profile()
                .ifPresent(profile -> profile.attributes().entrySet().stream()
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
