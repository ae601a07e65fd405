package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.TextFields;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One message of the Segment HTTP Tracking API spec (identify, track, page, screen, group, alias) with the common
 * fields read the way Segment reads them: {@code userId} / {@code anonymousId}, {@code messageId} for de-duplication,
 * and the event time from {@code timestamp}, else corrected for the sender's clock from {@code originalTimestamp}
 * and {@code sentAt}, else the time we received it.
 */
record SegmentMessage(
        String type,
        JsonNode json,
        String userId,
        String anonymousId,
        EmailAddress email,
        UUID eventId,
        Instant occurredAt) {

    static SegmentMessage read(String pathType, JsonNode json, JsonNode batchSentAt, String caller, Instant now) {
        if (json == null || !json.isObject()) {
            throw new InvalidValueException("body", "item.object", "a Segment message is a JSON object");
        }
        String type = pathType != null ? pathType : text(json, "type");
        if (type == null) {
            throw new InvalidValueException("type", "type.required", "each message of a batch has a type");
        }
        type = type.toLowerCase(Locale.ROOT);
        String userId = text(json, "userId");
        String anonymousId = text(json, "anonymousId");
        if (userId == null && anonymousId == null) {
            throw new InvalidValueException("userId", "identity.required", "userId or anonymousId is required");
        }
        String messageId = text(json, "messageId");
        UUID eventId = messageId == null
                ? null
                : UUID.nameUUIDFromBytes(("segment|" + caller + "|" + messageId).getBytes(StandardCharsets.UTF_8));
        return new SegmentMessage(
                type, json, userId, anonymousId, email(json, userId), eventId, time(json, batchSentAt, now));
    }

    /** Identity keys for this message, the user id first: it is the more lasting of the two. */
    List<String> identities() {
        List<String> identities = new ArrayList<>(2);
        if (userId != null && (email == null || !userId.equalsIgnoreCase(email.value()))) {
            identities.add(RecordEngagementCommand.user(userId));
        }
        if (anonymousId != null) {
            identities.add(RecordEngagementCommand.anonymous(anonymousId));
        }
        return identities;
    }

    JsonNode node(String name) {
        return json.path(name);
    }

    static String text(JsonNode json, String field) {
        JsonNode node = json.path(field);
        if (node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String text = node.asString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static EmailAddress email(JsonNode json, String userId) {
        String email = text(json.path("traits"), "email");
        if (email == null) {
            email = text(json.path("context").path("traits"), "email");
        }
        if (email != null) {
            return EmailAddress.of(email);
        }
        if (userId != null && userId.contains("@")) {
            try {
                return EmailAddress.of(userId);
            } catch (InvalidValueException notAnAddress) {
                return null;
            }
        }
        return null;
    }

    private static Instant time(JsonNode json, JsonNode batchSentAt, Instant now) {
        Instant timestamp = TextFields.instant(text(json, "timestamp"), "timestamp");
        if (timestamp != null) {
            return timestamp;
        }
        Instant original = TextFields.instant(text(json, "originalTimestamp"), "originalTimestamp");
        String sentText = text(json, "sentAt");
        if (sentText == null && batchSentAt != null && batchSentAt.isString()) {
            sentText = batchSentAt.asString();
        }
        Instant sentAt = TextFields.instant(sentText, "sentAt");
        if (original != null && sentAt != null) {
            return now.minus(Duration.between(original, sentAt));
        }
        return original != null ? original : now;
    }
}
