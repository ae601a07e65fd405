package io.leadflow.ingestion.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Segment's {@code context.consent.categoryPreferences} as LeadFlow's consent flags: the categories that stand for
 * marketing contact ({@code marketing}, {@code advertising}, {@code email}, {@code email marketing}) become
 * {@code consent.marketing}, those for profiling ({@code profiling}, {@code personalization}) {@code consent.profiling};
 * a flag is false when any of its categories is false, true when all named ones are true. Other categories are not
 * consent LeadFlow acts on.
 */
final class SegmentConsent {

    private static final Set<String> MARKETING = Set.of("marketing", "advertising", "email", "emailmarketing");
    private static final Set<String> PROFILING = Set.of("profiling", "personalization", "personalisation");

    private SegmentConsent() {}

    static Map<String, String> flags(JsonNode consent) {
        JsonNode preferences = consent.path("categoryPreferences");
        Boolean marketing = null;
        Boolean profiling = null;
        if (preferences.isObject()) {
            for (Map.Entry<String, JsonNode> category : preferences.properties()) {
                if (!category.getValue().isBoolean()) {
                    continue;
                }
                String name = category.getKey().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
                boolean given = category.getValue().asBoolean();
                if (MARKETING.contains(name)) {
                    marketing = marketing == null ? given : marketing && given;
                } else if (PROFILING.contains(name)) {
                    profiling = profiling == null ? given : profiling && given;
                }
            }
        }
        Map<String, String> flags = new LinkedHashMap<>();
        if (marketing != null) {
            flags.put("consent.marketing", marketing.toString());
        }
        if (profiling != null) {
            flags.put("consent.profiling", profiling.toString());
        }
        return flags;
    }
}
