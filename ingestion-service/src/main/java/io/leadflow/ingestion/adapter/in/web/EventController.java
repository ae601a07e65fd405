package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.security.Caller;
import java.util.ArrayList;
import java.util.List;
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

    static final String CORRELATION_HEADER = Callers.CORRELATION;
    static final int MAX_BATCH = 1000;

    private final RecordEngagementUseCase recordEngagement;
    private final RecordEngagementsUseCase recordEngagements;
    private final BatchBodies bodies;
    private final IngestionMetrics metrics;
    private final IngestionWebMapper mapper;

    EventController(
            RecordEngagementUseCase recordEngagement,
            RecordEngagementsUseCase recordEngagements,
            BatchBodies bodies,
            IngestionMetrics metrics,
            IngestionWebMapper mapper) {
        this.recordEngagement = recordEngagement;
        this.recordEngagements = recordEngagements;
        this.bodies = bodies;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    /**
     * 202: the engagement is durably stored and will reach scoring. A repeat of the same event id, or of the same
     * {@code Idempotency-Key} from the same caller, changes nothing and answers with the first event and lead ids;
     * the same id for another type or person is refused (400, rule {@code eventId.reused}) and changes nothing.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    EngagementAcceptedResponse record(
            @RequestBody(required = false) EngagementRequest body,
            @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId,
            @RequestHeader(name = Callers.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            Caller caller) {
        UUID derived = Callers.derivedEventId("event", caller.user(), idempotencyKey);
        RecordedEngagement recorded = recordEngagement.recordEngagement(RecordEngagementCommand.sentWith(
                mapper.toCommand(body, Callers.correlation(correlationId), derived, "native"), caller.apiKey()));
        return mapper.toResponse(recorded);
    }

    /**
     * Up to 1,000 engagements as a JSON array or as NDJSON (one JSON object per line). Each item is answered on its
     * own, in order; valid items are kept even when others are refused. With an {@code Idempotency-Key}, item
     * {@code i} without an event id gets the id derived from the key and {@code i}, so the retry of a whole batch
     * records nothing twice.
     */
    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchResponse recordBatch(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "Content-Type", required = false) String contentType,
            @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId,
            @RequestHeader(name = Callers.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            Caller source) {
        List<BatchBodies.Item> items = bodies.items(body, contentType, MAX_BATCH);
        String correlation = Callers.correlation(correlationId);
        String caller = source.user();
        Callers.derivedEventId("batch", caller, idempotencyKey);
        List<BatchResponse.ItemResult> results = new ArrayList<>(items.size());
        List<RecordEngagementCommand> commands = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
            try {
                EngagementRequest request = bodies.engagement(items.get(i));
                UUID derived = idempotencyKey == null
                        ? null
                        : Callers.derivedEventId("batch", caller, idempotencyKey + "#" + i);
                commands.add(RecordEngagementCommand.sentWith(
                        mapper.toCommand(request, correlation, derived, "native"), source.apiKey()));
                positions.add(i);
            } catch (InvalidValueException e) {
                results.set(i, BatchResponse.ItemResult.refused(i, e));
            }
        }
        List<EngagementOutcome> outcomes =
                commands.isEmpty() ? List.of() : recordEngagements.recordEngagements(commands);
        for (int k = 0; k < outcomes.size(); k++) {
            int i = positions.get(k);
            EngagementOutcome outcome = outcomes.get(k);
            results.set(
                    i,
                    outcome.isRecorded()
                            ? BatchResponse.ItemResult.accepted(i, outcome.recorded())
                            : BatchResponse.ItemResult.refused(i, outcome.refusal()));
        }
        results.stream()
                .filter(r -> r.error() != null)
                .forEach(r -> metrics.rejected(r.error().rule()));
        return BatchResponse.of(results);
    }
}
