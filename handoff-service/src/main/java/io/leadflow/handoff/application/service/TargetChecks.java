package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.InvalidValueException;

/** Refuses a configured notification URL that points inside (SSRF), naming the field. */
final class TargetChecks {

    private TargetChecks() {}

    static void check(NotificationTargetPolicy targets, WebhookUrl url, String field) {
        if (url == null) {
            return;
        }
        targets.refusal(url.value()).ifPresent(why -> {
            throw new InvalidValueException(field, field + ".internal", field + " may not point inside: " + why);
        });
    }
}
