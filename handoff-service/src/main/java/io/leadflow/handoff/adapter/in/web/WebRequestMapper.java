package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RejectHandoffCommand;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.util.UUID;

/** Turns web bodies and path ids into commands and ids, naming the field of the first value that does not parse. */
final class WebRequestMapper {

    private WebRequestMapper() {}

    static RegisterRepCommand toCommand(RegisterRepRequest body) {
        requireBody(body);
        return new RegisterRepCommand(
                body.name(),
                EmailAddress.of(body.email()),
                body.webhookUrl() == null ? null : WebhookUrl.parse(body.webhookUrl()),
                body.available() == null || body.available());
    }

    static RejectHandoffCommand toCommand(
            HandoffId id, RejectHandoffRequest body, io.leadflow.handoff.application.port.in.Actor actor) {
        requireBody(body);
        return new RejectHandoffCommand(id, RejectionReason.parse(body.reason()), body.note(), actor);
    }

    static HandoffId handoffId(String text) {
        return new HandoffId(uuid(text));
    }

    static RepId repId(String text) {
        return new RepId(uuid(text));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "id.format", "an id is a UUID, got '" + text + "'");
        }
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
    }
}
