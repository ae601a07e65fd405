package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.console.application.port.in.SalesLeadForm;
import io.leadflow.console.application.port.out.HandoffApi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The hand-off service's API ({@code /api/v1/handoffs}: the inbox, one hand-off, the decisions, a sales-generated
 * lead) and the lead's timeline ({@code GET /api/v1/leads/{id}/events}), called as the person through the gateway.
 */
@Component
class RestClientHandoffApi implements HandoffApi {

    static final int TIMELINE_SIZE = 20;

    private static final ParameterizedTypeReference<List<HandoffBody>> HANDOFFS = new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientHandoffApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    /** The API's {@code QualifyHandoffRequest}. */
    record QualifyBody(
            @Nullable String budget,
            @Nullable String authority,
            @Nullable String need,
            @Nullable String timeline,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    /** The API's {@code RejectHandoffRequest}. */
    record RejectBody(String reason, @Nullable String note) {}

    /** The API's {@code DisqualifyHandoffRequest}. */
    record DisqualifyBody(@Nullable String reason) {}

    /** The API's {@code SalesLeadRequest}. */
    record SalesLeadBody(
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String company,
            @Nullable String segment,
            @Nullable String note) {}

    /** A page of the lead's engagements, newest first; only what the timeline shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventsBody(@Nullable List<EventBody> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventBody(
            @Nullable String type,
            @Nullable String customType,
            @Nullable String channel,
            @Nullable String occurredAt) {}

    @Override
    public List<InboxEntry> openHandoffsOf(Caller caller) {
        List<HandoffBody> answer = gateway.get(caller, "/api/v1/handoffs?assignee=me&status=open", HANDOFFS);
        return answer == null
                ? List.of()
                : answer.stream().map(HandoffBody::toEntry).toList();
    }

    @Override
    public HandoffDetail handoff(Caller caller, UUID handoffId) {
        return gateway.get(caller, "/api/v1/handoffs/{id}", HandoffBody.class, handoffId)
                .toDetail();
    }

    @Override
    public HandoffDetail decide(Caller caller, UUID handoffId, HandoffDecision decision) {
        Object body = switch (decision) {
            case HandoffDecision.Accept accept -> null;
            case HandoffDecision.Pass pass -> null;
            case HandoffDecision.Qualify q ->
                new QualifyBody(q.budget(), q.authority(), q.need(), q.timeline(), q.amount(), q.currency());
            case HandoffDecision.Reject r -> new RejectBody(r.reason(), r.note());
            case HandoffDecision.Disqualify d -> new DisqualifyBody(d.reason());
        };
        return gateway.send(
                        caller,
                        HttpMethod.POST,
                        "/api/v1/handoffs/{id}/{action}",
                        body,
                        HandoffBody.class,
                        handoffId,
                        decision.action())
                .toDetail();
    }

    @Override
    public UUID registerSalesLead(Caller caller, SalesLeadForm form) {
        SalesLeadBody body = new SalesLeadBody(
                form.email(), form.firstName(), form.lastName(), form.company(), form.segment(), form.note());
        return gateway.send(caller, HttpMethod.POST, "/api/v1/handoffs", body, HandoffBody.class)
                .id();
    }

    @Override
    public List<HandoffTimelineEvent> timelineOf(Caller caller, UUID leadId) {
        EventsBody page =
                gateway.get(caller, "/api/v1/leads/{id}/events?size={size}", EventsBody.class, leadId, TIMELINE_SIZE);
        if (page == null || page.items() == null) {
            return List.of();
        }
        return page.items().stream()
                .map(e -> new HandoffTimelineEvent(
                        e.customType() != null && !e.customType().isBlank()
                                ? e.customType()
                                : e.type() == null ? "event" : e.type(),
                        e.channel(),
                        instant(e.occurredAt())))
                .toList();
    }

    private static @Nullable Instant instant(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
