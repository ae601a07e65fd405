package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.FreeMailDomains;
import io.leadflow.kernel.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's internet domain, the key of its account: lower case, without scheme, {@code www.}, port or path, so
 * that {@code https://www.Acme.com/about} and {@code acme.com} are one company.
 */
public record CompanyDomain(String value) {

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");

    public CompanyDomain {
        if (value == null || !DOMAIN.matcher(value).matches()) {
            throw new InvalidValueException(
                    "domain", "domain.invalid", "a company domain is a host name such as acme.com");
        }
    }

    /** The domain of a website or domain as people write it; refuses text that is no domain. */
    public static CompanyDomain of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("domain", "domain.required", "a company domain is required");
        }
        String host = text.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int end = indexOfAny(host, "/?#");
        host = end < 0 ? host : host.substring(0, end);
        int at = host.lastIndexOf('@');
        host = at < 0 ? host : host.substring(at + 1);
        int port = host.indexOf(':');
        host = port < 0 ? host : host.substring(0, port);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return new CompanyDomain(host);
    }

    /** The domain of {@code text} when it is one, else empty: for data from outside that may be anything. */
    public static Optional<CompanyDomain> parse(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(of(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** A consumer mailbox provider's domain: it says nothing about a company and never makes an account. */
    public boolean isFreeMail() {
        return FreeMailDomains.contains(value);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return value;
    }
}
