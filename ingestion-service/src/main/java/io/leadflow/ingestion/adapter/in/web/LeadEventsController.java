package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.EngagementPage;
import io.leadflow.ingestion.application.port.in.FindLeadEventsQuery;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LeadEventsController {

    /**
     * One engagement of the raw log as the lead's history shows it; {@code apiKeyId} is the id of the API key that sent
     * it (null when a person sent or imported it).
     */
    record EventView(
            String eventId,
            String type,
            String customType,
            String occurredAt,
            String channel,
            String source,
            String campaign,
            Map<String, String> properties,
            String sourceApi,
            String apiKeyId) {}

    /** A page of a lead's engagements, newest first. */
    record EventsPage(String leadId, int page, int size, long total, List<EventView> items) {}

    private final FindLeadEventsQuery findLeadEvents;
    private final IngestionViewMapper mapper;

    LeadEventsController(FindLeadEventsQuery findLeadEvents, IngestionViewMapper mapper) {
        this.findLeadEvents = findLeadEvents;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/leads/{leadId}/events")
    EventsPage events(
            @PathVariable String leadId,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "50") String size) {
        LeadId lead = LeadId.parse(leadId);
        EngagementPage found = findLeadEvents
                .findLeadEvents(lead, number(page, "page"), number(size, "size"))
                .orElseThrow(() -> new NotFoundException("lead", "no lead with id " + lead));
        return mapper.toResponse(lead, found);
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(
                    field,
                    field + ".format",
                    field + " is a whole number, got '"
                            + io.leadflow.ingestion.application.port.in.TextFields.abbreviated(text) + "'");
        }
    }
}
