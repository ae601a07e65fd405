package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.domain.CustomEventType;
import io.leadflow.kernel.EngagementType;
import io.leadflow.support.security.Caller;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * What a browser write key may send (docs/security.md, "Browser write keys"): Segment {@code track}, {@code page} and
 * {@code identify} calls only, a batch of nothing else, and no buying-signal track (a demo request, a meeting, a
 * trial, a quote) unless an admin allowed it for the key. Anything else refuses the whole call with 403 before any of
 * it is recorded. An identify of a known contact fills only the traits it has no value for; the rest are listed in
 * the answer as {@code ignored}.
 */
final class BrowserKeyRules {

    static final Set<String> TYPES = Set.of("track", "page", "identify");
    static final String KEPT_RULE = "identify.browserKey.noOverwrite";

    private BrowserKeyRules() {}

    /** Refuses (403) the call when a browser key sent anything it may not; other callers pass. */
    static void check(Caller caller, String pathType, List<JsonNode> messages) {
        if (!caller.isBrowserKey()) {
            return;
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String type = pathType != null ? pathType : message.path("type").asString("");
            if (!TYPES.contains(type)) {
                throw new AccessException(
                        HttpStatus.FORBIDDEN,
                        where(pathType, i) + "a browser key may only send track, page and identify calls, not '" + type
                                + "'; use a server key");
            }
            if (type.equals("track") && !caller.buyingSignals() && isBuyingSignal(message.path("event"))) {
                throw new AccessException(
                        HttpStatus.FORBIDDEN,
                        where(pathType, i) + "this browser key may not send buying signals ("
                                + buyingSignals() + "); an admin may allow them for the key, or send them with a"
                                + " server key");
            }
        }
    }

    static SegmentController.Ignored ignored(int index, Set<String> kept) {
        return new SegmentController.Ignored(
                index,
                List.copyOf(new TreeSet<>(kept)),
                KEPT_RULE,
                "a browser key never overwrites a known contact's attributes; these kept their values");
    }

    private static boolean isBuyingSignal(JsonNode event) {
        if (!event.isString() || event.asString().isBlank()) {
            return false;
        }
        String name = CustomEventType.normalise(event.asString());
        for (EngagementType type : EngagementType.values()) {
            if (type.isBuyingSignal() && type.name().toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String buyingSignals() {
        List<String> names = Arrays.stream(EngagementType.values())
                .filter(EngagementType::isBuyingSignal)
                .map(type -> type.name().toLowerCase(Locale.ROOT))
                .toList();
        return String.join(", ", names);
    }

    private static String where(String pathType, int index) {
        return pathType != null ? "" : "batch[" + index + "]: ";
    }
}
