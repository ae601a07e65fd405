package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;

/**
 * A new sales rep: how to address them, where their tool receives hand-offs (optional: Slack and e-mail reach them
 * too), and whether they take leads now.
 */
public record RegisterRepCommand(String name, EmailAddress email, WebhookUrl webhookUrl, boolean available) {

    private static final int MAX_NAME = 200;

    public RegisterRepCommand {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a rep's name is required");
        }
        name = Commands.limited(name.strip(), "name", MAX_NAME);
        Commands.require(email, "email");
    }
}
