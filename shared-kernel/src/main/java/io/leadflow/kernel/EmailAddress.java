package io.leadflow.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address in its one canonical form (trimmed, lower case), so that the same person is the same lead in
 * every service. Validation is deliberately practical: what a marketing form accepts and a mail server can deliver.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    /** Anything that looks like an address in free text, its @ also percent-encoded as in a URL path. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+=?^_`{|}~.-]*[A-Za-z0-9_+-](?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]");

    public EmailAddress {
        value = normalise(value);
        validate(value);
    }

    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    /**
     * A short, stable stand-in for the address ({@code email#} and 10 hex digits of its SHA-256): what logs name
     * instead of the address, so that lines about one person can still be found together.
     */
    public String hash() {
        return "email#" + sha256(value).substring(0, 10);
    }

    /**
     * The text with every e-mail address in it (an @ percent-encoded as {@code %40} included) replaced by its
     * {@link #hash()}: logs and error messages keep no address (docs/privacy.md).
     */
    public static String maskAll(String text) {
        if (text == null || (text.indexOf('@') < 0 && !text.contains("%40"))) {
            return text;
        }
        Matcher matcher = IN_TEXT.matcher(text);
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

    /** The part after the {@code @}, e.g. {@code acme.com}: the company's web domain unless it is free mail. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** Whether the address belongs to a consumer mailbox provider rather than a company. */
    public boolean isFreeMail() {
        return FreeMailDomains.contains(domain());
    }

    private static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("email", "email.required", "an e-mail address is required");
        }
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static void validate(String email) {
        if (email.length() > MAX_LENGTH) {
            throw invalid(email, "is longer than " + MAX_LENGTH + " characters");
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.indexOf('@') != at) {
            throw invalid(email, "needs exactly one @ between a local part and a domain");
        }
        String local = email.substring(0, at);
        if (local.length() > MAX_LOCAL_LENGTH
                || !LOCAL.matcher(local).matches()
                || local.startsWith(".")
                || local.endsWith(".")
                || local.contains("..")) {
            throw invalid(email, "has an invalid local part");
        }
        String[] labels = email.substring(at + 1).split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(email, "needs a domain with a dot, like example.com");
        }
        for (String label : labels) {
            if (label.length() > 63 || !LABEL.matcher(label).matches()) {
                throw invalid(email, "has an invalid domain");
            }
        }
        if (labels[labels.length - 1].length() < 2
                || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw invalid(email, "has an invalid top-level domain");
        }
    }

    private static InvalidValueException invalid(String email, String why) {
        return new InvalidValueException("email", "email.format", "'" + email + "' " + why);
    }

    @Override
    public String toString() {
        return value;
    }
}
