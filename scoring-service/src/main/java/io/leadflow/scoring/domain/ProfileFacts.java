package io.leadflow.scoring.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * What scoring knows about who the lead is, as of the profile that told it. Profiles arrive as full snapshots, so the
 * newest one wins, whatever order they arrive in.
 *
 * @param email the address, kept only to show the lead to people; may be unknown ({@code null})
 * @param freeMail whether the address belongs to a consumer mailbox provider (a negative for a B2B seller)
 * @param asOf when the profile was true; {@code null} for a lead whose profile has not arrived yet
 */
public record ProfileFacts(String email, boolean freeMail, Instant asOf) {

    private static final Comparator<ProfileFacts> NEWEST_LAST = Comparator
            .comparing(ProfileFacts::asOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            // equal times: any fixed order will do, as long as it does not depend on arrival
            .thenComparing(ProfileFacts::email, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ProfileFacts::freeMail);

    /** A lead whose profile has not arrived: not known to be free mail. */
    public static ProfileFacts unknown() {
        return new ProfileFacts(null, false, null);
    }

    public boolean isKnown() {
        return asOf != null;
    }

    /** Whether these facts replace {@code current}: they are newer (ties broken by a fixed order). */
    public boolean supersedes(ProfileFacts current) {
        return !Objects.equals(this, current) && NEWEST_LAST.compare(this, current) > 0;
    }
}
