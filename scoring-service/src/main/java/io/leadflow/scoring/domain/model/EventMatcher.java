package io.leadflow.scoring.domain.model;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.scoring.domain.Engagement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which events a behaviour rule counts: an engagement type (or the name of an admin-registered custom type), optionally
 * only from some channels, with filters on the event's properties (e.g. {@code contentType = case-study}), read as
 * {@link PropertyValues} says (so {@code content_type: case_study} matches that filter too).
 */
public record EventMatcher(EngagementType type, String customType, Set<Channel> channels, List<Condition> properties) {

    public EventMatcher {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        properties = properties == null ? List.of() : List.copyOf(properties);
        customType = customType == null ? null : customType.trim().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Engagement event) {
        if (type != null && event.type() != type) {
            return false;
        }
        if (customType != null
                && (event.customType() == null
                        || !customType.equals(event.customType().trim().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (!channels.isEmpty() && !channels.contains(event.channel())) {
            return false;
        }
        if (properties.isEmpty()) {
            return true;
        }
        Map<String, String> byName = PropertyValues.byName(event.properties());
        for (Condition condition : properties) {
            if (!condition.testProperty(byName)) {
                return false;
            }
        }
        return true;
    }

    /** "Content downloaded (contentType in [case-study])", "custom: trade-show-scan". */
    public String describe() {
        String what = customType != null ? "custom: " + customType : Labels.of(type);
        if (!properties.isEmpty()) {
            what += " ("
                    + String.join(
                            ", ", properties.stream().map(Condition::describe).toList()) + ")";
        }
        return what;
    }
}
