package io.leadflow.ingestion.domain;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's standing on the suppression list, which outlives any enrolment or hand-off: whether marketing may
 * contact them (an unsubscribe or a withdrawn consent suppresses; only an explicit consent lifts it) and whether they
 * objected to profiling. {@code revision} counts the changes of the standing, so that other services keep the newest.
 */
public record Suppression(
        LeadId lead,
        boolean contactSuppressed,
        Instant suppressedSince,
        String suppressedBecause,
        boolean profilingObjected,
        Instant objectedSince,
        long revision,
        String changedBy) {

    public static final String UNSUBSCRIBED = "unsubscribed";
    public static final String CONSENT_WITHDRAWN = "consent_withdrawn";

    public Suppression {
        Objects.requireNonNull(lead, "lead");
    }

    /** A person nobody has heard a consent signal from: contact allowed, profiling allowed, revision 0. */
    public static Suppression none(LeadId lead) {
        return new Suppression(lead, false, null, null, false, null, 0, null);
    }

    /**
     * The standing after a signal: {@code marketing} false suppresses contact (for {@code because}), true lifts it,
     * null leaves it; {@code profiling} false is an objection, true lifts it, null leaves it. A signal that does not
     * change the standing answers this same standing (a second unsubscribe keeps the first one's date).
     */
    public Suppression after(Boolean marketing, Boolean profiling, String because, Instant at, String actor) {
        boolean suppressed = contactSuppressed;
        Instant since = suppressedSince;
        String why = suppressedBecause;
        if (Boolean.FALSE.equals(marketing) && !contactSuppressed) {
            suppressed = true;
            since = at;
            why = because;
        } else if (Boolean.TRUE.equals(marketing) && contactSuppressed) {
            suppressed = false;
            since = null;
            why = null;
        }
        boolean objected = profilingObjected;
        Instant objectedAt = objectedSince;
        if (Boolean.FALSE.equals(profiling) && !profilingObjected) {
            objected = true;
            objectedAt = at;
        } else if (Boolean.TRUE.equals(profiling) && profilingObjected) {
            objected = false;
            objectedAt = null;
        }
        if (suppressed == contactSuppressed && objected == profilingObjected) {
            return this;
        }
        return new Suppression(lead, suppressed, since, why, objected, objectedAt, revision + 1, actor);
    }
}
