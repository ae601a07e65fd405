package io.leadflow.scoring.domain;

import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who the lead is, as of the profile that told us: the full attribute map ({@link ProfileAttributes} names) and the
 * e-mail address. Profiles arrive as full snapshots, so the newest one wins, whatever order they arrive in.
 *
 * @param asOf when the profile was true; {@code null} for a lead whose profile has not arrived yet
 */
public record ProfileFacts(String email, Map<String, String> attributes, Instant asOf) {

    private static final Comparator<ProfileFacts> NEWEST_LAST = Comparator.comparing(
                    ProfileFacts::asOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            // equal times: any fixed order will do, as long as it does not depend on arrival
            .thenComparing(ProfileFacts::email, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(facts -> new TreeMap<>(facts.attributes()).toString());

    public ProfileFacts {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static ProfileFacts unknown() {
        return new ProfileFacts(null, Map.of(), null);
    }

    public boolean isKnown() {
        return asOf != null;
    }

    /** Whether these facts replace {@code current}: they are newer (ties broken by a fixed order). */
    public boolean supersedes(ProfileFacts current) {
        return !Objects.equals(this, current) && NEWEST_LAST.compare(this, current) > 0;
    }
}
