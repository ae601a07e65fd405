package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What marketing keeps about a company: its name, size (employees), industry, country (ISO 3166 alpha-2), whether it
 * is a target account and of which tier (1 highest to 3), and the sales rep who owns it.
 *
 * @param employees the company's size in employees; {@code null} when unknown
 * @param tier 1 to 3 for a target account; {@code null} when it has none (a tier makes no sense off the target list)
 * @param ownerRepId the rep who owns the account (a handoff-service rep id); {@code null}: no owner
 */
public record Firmographics(
        String name,
        Integer employees,
        String industry,
        String country,
        boolean targetAccount,
        Integer tier,
        UUID ownerRepId) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_TEXT = 200;

    public Firmographics {
        name = trimmed(name);
        industry = trimmed(industry);
        country = trimmed(country);
        if (name == null) {
            throw new InvalidValueException("name", "name.required", "an account needs a name");
        }
        if (name.length() > MAX_TEXT) {
            throw new InvalidValueException("name", "name.tooLong", "a name has at most 200 characters");
        }
        if (industry != null && industry.length() > MAX_TEXT) {
            throw new InvalidValueException("industry", "industry.tooLong", "an industry has at most 200 characters");
        }
        if (employees != null && employees < 0) {
            throw new InvalidValueException("size", "size.negative", "the size is a number of employees, 0 or more");
        }
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new InvalidValueException(
                        "country", "country.unknown", "the country is an ISO 3166 two-letter code such as DE");
            }
        }
        if (tier != null && (tier < 1 || tier > 3)) {
            throw new InvalidValueException("tier", "tier.range", "the tier is 1, 2 or 3");
        }
        if (tier != null && !targetAccount) {
            throw new InvalidValueException("tier", "tier.requiresTarget", "only a target account has a tier");
        }
    }

    /** What a contact's profile says of its company: name (or the domain), size, industry; no target, no owner. */
    public static Firmographics discovered(CompanyDomain domain, String name, String employees, String industry) {
        String shownName = trimmed(name) == null ? domain.value() : truncated(name);
        return new Firmographics(shownName, count(employees), truncated(industry), null, false, null, null);
    }

    /** These firmographics with the gaps filled from {@code other}: what is known is never overwritten. */
    Firmographics filledFrom(Firmographics other) {
        return new Firmographics(
                name,
                employees == null ? other.employees : employees,
                industry == null ? other.industry : industry,
                country == null ? other.country : country,
                targetAccount,
                tier,
                ownerRepId);
    }

    private static Integer count(String text) {
        try {
            int value = text == null ? -1 : Integer.parseInt(text.strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String truncated(String text) {
        String value = trimmed(text);
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
