package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.web.JsonPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a batch body into items (a JSON array, or NDJSON: one object per line) and reads each item on its own, so
 * that one item of the wrong shape is refused alone instead of failing the whole batch.
 */
@Component
class BatchBodies {

    /** One item: its JSON, or the refusal of a line that was not JSON at all. */
    record Item(JsonNode json, InvalidValueException unreadable) {}

    private final JsonMapper json;

    BatchBodies(JsonMapper json) {
        this.json = json;
    }

    List<Item> items(byte[] body, String contentType, int max) {
        if (body == null || body.length == 0) {
            throw new InvalidValueException("body", "body.required", "a JSON array or NDJSON body is required");
        }
        String text = utf8(body);
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        boolean ndjson = type.contains("ndjson");
        if (!ndjson && type.contains("json") && !text.stripLeading().startsWith("[")) {
            throw new InvalidValueException(
                    "body",
                    "body.array",
                    "a JSON batch is an array of events; send one event per line as Content-Type application/x-ndjson");
        }
        List<Item> items = new ArrayList<>();
        if (!ndjson && text.stripLeading().startsWith("[")) {
            JsonNode array;
            try {
                array = json.readTree(text);
            } catch (JacksonException e) {
                throw new InvalidValueException(
                        "body", "json.malformed", "the body is not valid JSON: " + e.getOriginalMessage());
            }
            if (array.size() > max) {
                throw tooMany(array.size(), max);
            }
            array.forEach(node -> items.add(new Item(node, null)));
        } else {
            String[] lines = text.split("\r?\n");
            int line = 0;
            for (String raw : lines) {
                line++;
                if (raw.isBlank()) {
                    continue;
                }
                if (items.size() == max) {
                    throw tooMany(max + 1, max);
                }
                try {
                    items.add(new Item(json.readTree(raw), null));
                } catch (JacksonException e) {
                    items.add(new Item(
                            null,
                            new InvalidValueException(
                                    "line " + line,
                                    "json.malformed",
                                    "line " + line + " is not valid JSON: " + e.getOriginalMessage())));
                }
            }
        }
        if (items.isEmpty()) {
            throw new InvalidValueException("body", "batch.empty", "the batch holds no events");
        }
        return items;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidValueException("body", "body.encoding", "the body must be UTF-8");
        }
    }

    EngagementRequest engagement(Item item) {
        if (item.unreadable() != null) {
            throw item.unreadable();
        }
        if (!item.json().isObject()) {
            throw new InvalidValueException("item", "item.object", "each event is a JSON object");
        }
        try {
            return json.treeToValue(item.json(), EngagementRequest.class);
        } catch (MismatchedInputException e) {
            String field = JsonPaths.of(e);
            throw new InvalidValueException(field, "json.type", "'" + field + "' has the wrong JSON type");
        } catch (JacksonException e) {
            throw new InvalidValueException("item", "json.malformed", e.getOriginalMessage());
        }
    }

    private static InvalidValueException tooMany(int count, int max) {
        return new InvalidValueException(
                "body", "batch.size", "a batch holds at most " + max + " events, got " + count);
    }
}
