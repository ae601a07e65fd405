package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a rep's tool (CRM, chat bridge) receives hand-off notifications: an absolute http(s) URL with a host, so a
 * delivery can never be aimed at a relative path, a file or another scheme.
 */
public record WebhookUrl(URI value) {

    private static final int MAX_LENGTH = 2000;

    public WebhookUrl {
        if (value == null) {
            throw new InvalidValueException("webhookUrl", "webhookUrl.required", "a webhook URL is required");
        }
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!value.isAbsolute()
                || !(scheme.equals("http") || scheme.equals("https"))
                || value.getHost() == null
                || value.getHost().isBlank()) {
            throw invalid(value.toString());
        }
    }

    public static WebhookUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("webhookUrl", "webhookUrl.required", "a webhook URL is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "webhookUrl", "webhookUrl.length", "a webhook URL is at most " + MAX_LENGTH + " characters");
        }
        try {
            return new WebhookUrl(new URI(text.trim()));
        } catch (URISyntaxException e) {
            throw invalid(text);
        }
    }

    private static InvalidValueException invalid(String text) {
        return new InvalidValueException(
                "webhookUrl",
                "webhookUrl.format",
                "webhookUrl must be an absolute http or https URL like https://crm.example.com/hooks, got '" + text
                        + "'");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
