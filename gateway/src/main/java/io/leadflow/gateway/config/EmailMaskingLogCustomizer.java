package io.leadflow.gateway.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks every e-mail address (its @ also percent-encoded, as in a request path) in every text value of the gateway's
 * JSON log lines, message and stack trace included, with {@code email#} and 10 hex digits of its SHA-256: the same
 * stand-in the services' logs use (the kernel's {@code EmailAddress.maskAll}; the gateway shares no LeadFlow code, so
 * it has its own copy of the rule), so that no log line names a person (docs/privacy.md).
 */
public class EmailMaskingLogCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+=?^_`{|}~.-]*[A-Za-z0-9_+-](?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, EmailMaskingLogCustomizer::mask));
    }

    static String mask(String text) {
        if (text == null || (text.indexOf('@') < 0 && !text.contains("%40"))) {
            return text;
        }
        Matcher matcher = ADDRESS.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (matcher.find()) {
            String address = matcher.group().replace("%40", "@").toLowerCase(Locale.ROOT);
            matcher.appendReplacement(
                    masked, Matcher.quoteReplacement("email#" + sha256(address).substring(0, 10)));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
