package io.leadflow.console.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The account list's search as typed: part of a name or domain, target accounts only (or not), tier, industry,
 * country, owner (a rep id), and the page. Values pass to scoring as typed, so scoring decides what is valid.
 */
public record AccountFilter(
        @Nullable String q,
        @Nullable String targetAccount,
        @Nullable String tier,
        @Nullable String industry,
        @Nullable String country,
        @Nullable String ownerRepId,
        int page) {

    public static final int SIZE = 25;

    public static AccountFilter of(
            @Nullable String q,
            @Nullable String targetAccount,
            @Nullable String tier,
            @Nullable String industry,
            @Nullable String country,
            @Nullable String ownerRepId,
            @Nullable String page) {
        int number = 0;
        if (page != null && page.strip().matches("\\d{1,6}")) {
            number = Integer.parseInt(page.strip());
        }
        return new AccountFilter(
                text(q), text(targetAccount), text(tier), text(industry), text(country), text(ownerRepId), number);
    }

    /** The filters that are set, by the API's names (without the page). */
    public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "q", q);
        put(filters, "targetAccount", targetAccount);
        put(filters, "tier", tier);
        put(filters, "industry", industry);
        put(filters, "country", country);
        put(filters, "ownerRepId", ownerRepId);
        return filters;
    }

    /** Whether any filter narrows the list. */
    public boolean narrowed() {
        return !filters().isEmpty();
    }

    private static void put(Map<String, String> filters, String name, @Nullable String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
