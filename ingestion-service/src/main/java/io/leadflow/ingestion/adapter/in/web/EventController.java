package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
class EventController {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final RecordEngagementUseCase recordEngagement;

    EventController(RecordEngagementUseCase recordEngagement) {
        this.recordEngagement = recordEngagement;
    }

    /** 202: the engagement is durably stored and will reach scoring; a repeat of the same event id changes nothing. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    EngagementAcceptedResponse record(
            @RequestBody(required = false) EngagementRequest body,
            @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId) {
        String correlation = correlationId != null && !correlationId.isBlank()
                ? correlationId : UUID.randomUUID().toString();
        RecordedEngagement recorded =
                recordEngagement.recordEngagement(EngagementRequestMapper.toCommand(body, correlation));
        return new EngagementAcceptedResponse(
                recorded.eventId().toString(), recorded.leadId().toString(), recorded.duplicate());
    }
}
