package io.leadflow.ingestion.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.FilledContact;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Segment HTTP Tracking API, so that analytics SDKs can be pointed at LeadFlow unchanged. The write key comes as
 * HTTP Basic user name; the gateway checks it and passes its identity in the signed caller token, which scopes
 * {@code messageId} de-duplication. Answers {@code 200 {"success": true}} like Segment; a single call that breaks a
 * rule is a 400 problem, a batch keeps its valid messages and lists the refused ones. A browser write key is held to
 * {@link BrowserKeyRules}.
 */
@RestController
class SegmentController {

    static final int MAX_MESSAGE_BYTES = 32 * 1024;

    /**
     * Segment's answer, with what LeadFlow refused (by position in the batch) when anything was, and, for a browser
     * key's identify of a known contact, the traits it kept as they were.
     */
    record SegmentResponse(
            boolean success,
            int accepted,
            List<Refused> rejected,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Ignored> ignored) {}

    record Refused(int index, String field, String rule, String detail) {}

    /** Traits of an identify left unapplied: the known contact already has a value for them. */
    record Ignored(int index, List<String> attributes, String rule, String detail) {}

    private final RecordEngagementsUseCase recordEngagements;
    private final UpsertContactUseCase upsertContact;
    private final IngestionMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    SegmentController(
            RecordEngagementsUseCase recordEngagements,
            UpsertContactUseCase upsertContact,
            IngestionMetrics metrics,
            JsonMapper json,
            Clock clock) {
        this.recordEngagements = recordEngagements;
        this.upsertContact = upsertContact;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping({"/v1/identify", "/v1/track", "/v1/page", "/v1/screen", "/v1/group", "/v1/alias"})
    SegmentResponse single(
            @RequestBody(required = false) byte[] body,
            Caller caller,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId,
            jakarta.servlet.http.HttpServletRequest request) {
        String type = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        JsonNode message = parse(body);
        SegmentResponse response = handle(type, List.of(message), null, caller, correlationId);
        if (!response.rejected().isEmpty()) {
            Refused refused = response.rejected().getFirst();
            throw new InvalidValueException(refused.field(), refused.rule(), refused.detail());
        }
        return response;
    }

    /** {@code /v1/batch}, and {@code /v1/import}, the path the Segment Java and other server SDKs post to. */
    @PostMapping({"/v1/batch", "/v1/import", "/v1/batch/", "/v1/import/"})
    SegmentResponse batch(
            @RequestBody(required = false) byte[] body,
            Caller caller,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        JsonNode root = parse(body);
        JsonNode batch = root.path("batch");
        if (!batch.isArray()) {
            throw new InvalidValueException("batch", "batch.required", "a batch call holds a 'batch' array");
        }
        List<JsonNode> messages = new ArrayList<>();
        JsonNode shared = root.path("context");
        for (JsonNode message : batch) {
            if (message.isObject() && shared.isObject() && !message.has("context")) {
                ((ObjectNode) message).set("context", shared);
            }
            messages.add(message);
        }
        SegmentResponse response = handle(null, messages, root.path("sentAt"), caller, correlationId);
        response.rejected().forEach(r -> metrics.rejected(r.rule()));
        return response;
    }

    private SegmentResponse handle(
            String pathType, List<JsonNode> messages, JsonNode sentAt, Caller source, String correlationHeader) {
        BrowserKeyRules.check(source, pathType, messages);
        String caller = source.user();
        String correlation = Callers.correlation(correlationHeader);
        Instant now = clock.instant();
        Map<Integer, Refused> refused = new LinkedHashMap<>();
        List<RecordEngagementCommand> engagements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < messages.size(); i++) {
            try {
                JsonNode raw = messages.get(i);
                if (raw.toString().length() > MAX_MESSAGE_BYTES) {
                    throw new InvalidValueException(
                            "batch[" + i + "]", "message.size", "a Segment message is at most 32KB");
                }
                SegmentMessage m = SegmentMessage.read(pathType, raw, sentAt, caller, now);
                switch (m.type()) {
                    case "track" -> {
                        engagements.add(RecordEngagementCommand.sentWith(
                                SegmentCommands.track(m, correlation), source.apiKey()));
                        positions.add(i);
                    }
                    case "page", "screen" -> {
                        engagements.add(RecordEngagementCommand.sentWith(
                                SegmentCommands.page(m, correlation), source.apiKey()));
                        positions.add(i);
                    }
                    case "identify" -> {
                        if (source.isBrowserKey()) {
                            FilledContact filled = upsertContact.fillContact(SegmentCommands.identify(m, correlation));
                            if (!filled.kept().isEmpty()) {
                                ignored.add(BrowserKeyRules.ignored(i, filled.kept()));
                            }
                        } else {
                            upsertContact.upsertContact(SegmentCommands.identify(m, correlation));
                        }
                        accepted++;
                    }
                    case "group" -> {
                        upsertContact.upsertContact(SegmentCommands.group(m, correlation));
                        accepted++;
                    }
                    case "alias" -> accepted++;
                    default ->
                        throw new InvalidValueException(
                                "type",
                                "type.unknown",
                                "unknown Segment call '" + m.type()
                                        + "'; allowed: identify, track, page, screen, group, alias");
                }
            } catch (InvalidValueException e) {
                refused.put(i, refuse(i, e));
            }
        }
        if (!engagements.isEmpty()) {
            List<EngagementOutcome> outcomes = recordEngagements.recordEngagements(engagements);
            for (int k = 0; k < outcomes.size(); k++) {
                if (outcomes.get(k).isRecorded()) {
                    accepted++;
                } else {
                    refused.put(
                            positions.get(k),
                            new Refused(
                                    positions.get(k),
                                    outcomes.get(k).refusal().field(),
                                    outcomes.get(k).refusal().rule(),
                                    outcomes.get(k).refusal().getMessage()));
                }
            }
        }
        return new SegmentResponse(
                true,
                accepted,
                refused.values().stream()
                        .sorted((a, b) -> Integer.compare(a.index(), b.index()))
                        .toList(),
                List.copyOf(ignored));
    }

    private static Refused refuse(int index, InvalidValueException e) {
        return new Refused(index, e.field(), e.rule(), e.getMessage());
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        try {
            JsonNode node = json.readTree(body);
            if (!node.isObject()) {
                throw new InvalidValueException("body", "item.object", "a Segment call is a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidValueException(
                    "body", "json.malformed", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
