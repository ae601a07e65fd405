package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.domain.ConsentSignal;
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

    /** The profile flags an identify sets: {@code consent.marketing}, {@code consent.profiling}, as named. */
    static Map<String, String> flags(JsonNode consent) {
        ConsentSignal signal = signal(consent);
        Map<String, String> flags = new LinkedHashMap<>();
        if (signal != null && signal.marketing() != null) {
            flags.put("consent.marketing", signal.marketing().toString());
        }
        if (signal != null && signal.profiling() != null) {
            flags.put("consent.profiling", signal.profiling().toString());
        }
        return flags;
    }

    /** The signal a message's {@code context.consent} gives (null: none), on an identify and on any event alike. */
    static ConsentSignal signal(JsonNode consent) {
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
        return ConsentSignal.of(marketing, profiling);
    }
}
