package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A nurturing programme that fits why sales turned leads down: "no budget" needs a different conversation than
 * "not the decision maker". The key is stable (URLs, reports); name and cadence are marketing's words and may
 * change. A track only takes reasons that can be nurtured: a competitor is never put on a track.
 */
public record NurtureTrack(String key, String name, Set<RejectionReason> reasons, String cadence) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_KEY = 60;
    private static final int MAX_NAME = 120;
    private static final int MAX_CADENCE = 500;

    public NurtureTrack {
        if (key == null || key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
            throw new InvalidValueException("key", "track.key.format",
                    "a track key is lower-case words joined by '-', at most " + MAX_KEY + " characters, got '"
                            + key + "'");
        }
        name = text(name, "name", MAX_NAME);
        cadence = text(cadence, "cadence", MAX_CADENCE);
        if (reasons == null || reasons.isEmpty()) {
            throw new InvalidValueException("reasons", "track.reasons.required",
                    "track " + key + " must take at least one rejection reason");
        }
        for (RejectionReason reason : reasons) {
            if (!reason.isNurturable()) {
                throw new InvalidValueException("reasons", "track.reasons.nurturable",
                        "track " + key + " cannot take " + reason + ": such leads are disqualified, not nurtured");
            }
        }
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    public TrackRef ref() {
        return new TrackRef(key, name);
    }

    public boolean takes(RejectionReason reason) {
        return reasons.contains(reason);
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "track." + field + ".required", "a track needs a " + field);
        }
        if (value.length() > max) {
            throw new InvalidValueException(field, "track." + field + ".length",
                    "a track's " + field + " is at most " + max + " characters");
        }
        return value.strip();
    }
}
