package io.leadflow.scoring.domain;

import io.leadflow.kernel.EngagementType;
import java.util.Comparator;
import java.util.Locale;

/**
 * One line of a score's explanation, such as "Demo requested (+50)": what sales reads to see why a lead scored as it
 * did.
 */
public record ScoreReason(String label, int points) {

    /** Biggest influence first, whichever its sign; equal influence in alphabetical order. */
    public static final Comparator<ScoreReason> BY_INFLUENCE = Comparator
            .comparingInt((ScoreReason reason) -> Math.abs(reason.points())).reversed()
            .thenComparing(ScoreReason::label);

    /** The reason for {@code count} engagements of one type worth {@code points} together. */
    public static ScoreReason forEngagements(EngagementType type, int count, int points) {
        return new ScoreReason(count == 1 ? labelOf(type) : labelOf(type) + " x" + count, points);
    }

    /** The explanation as people read it: "Demo requested (+50)", "Free-mail address (-10)". */
    public String text() {
        return label + " (" + (points > 0 ? "+" : "") + points + ")";
    }

    /** How an engagement type reads in an explanation: "Demo requested", "E-mail opened". */
    public static String labelOf(EngagementType type) {
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
