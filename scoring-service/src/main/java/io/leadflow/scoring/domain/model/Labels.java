package io.leadflow.scoring.domain.model;

import io.leadflow.kernel.EngagementType;
import java.util.Locale;

/** How engagement types read for people: "Demo requested", "E-mail opened". */
public final class Labels {

    private Labels() {}

    public static String of(EngagementType type) {
        if (type == null) {
            return "Any event";
        }
        return switch (type) {
            case EMAIL_OPENED -> "E-mail opened";
            case EMAIL_CLICKED -> "E-mail clicked";
            case EMAIL_BOUNCED -> "E-mail bounced";
            case FOLLOW_UP_REQUESTED -> "Follow-up requested";
            default -> {
                String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }
}
