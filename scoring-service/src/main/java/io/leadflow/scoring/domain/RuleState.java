package io.leadflow.scoring.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What one behaviour rule remembers of a lead's matching events, in constant size whatever the history: how many
 * matched, the decayed sum of their points, and the few most recent ones (for counted conditions and explanations).
 *
 * <p>Decay: an event at time t is worth {@code p * 2^-((asOf - t) / h)} at scoring time asOf, half-life h. The sum over
 * events factors as {@code 2^-((asOf - ref) / h) * sum(p * 2^((t - ref) / h))} for any reference time ref; the state
 * keeps that second sum (the mantissa) with ref = the latest event time, so every term is at most p and nothing
 * overflows however far apart events lie. An event newer than ref rescales the mantissa to the new ref first. The sum
 * is the same whatever order the events arrive in (up to floating-point rounding far below a point).
 *
 * @param count how many events matched
 * @param mantissa the decayed sum relative to {@code refMillis} (without decay: count times points)
 * @param refMillis the reference time, epoch milliseconds: the latest matching event
 * @param recent the most recent matching events, newest first, at most the rule's {@code keep}
 */
public record RuleState(long count, double mantissa, long refMillis, List<Hit> recent) {

    /** A matching event: when, and which. */
    public record Hit(Instant at, UUID eventId) {}

    static final Comparator<Hit> NEWEST_FIRST =
            Comparator.comparing(Hit::at).thenComparing(Hit::eventId).reversed();

    public RuleState {
        recent = List.copyOf(recent);
    }

    public static RuleState empty() {
        return new RuleState(0, 0, 0, List.of());
    }

    /** The state with one more matching event worth {@code points}. */
    public RuleState add(int points, Duration halfLife, Instant at, UUID eventId, int keep) {
        long t = at.toEpochMilli();
        double next;
        long ref;
        if (halfLife == null) {
            next = mantissa + points;
            ref = Math.max(refMillis, t);
        } else if (count == 0) {
            next = points;
            ref = t;
        } else if (t > refMillis) {
            next = mantissa * Math.pow(2, (refMillis - t) / (double) halfLife.toMillis()) + points;
            ref = t;
        } else {
            next = mantissa + points * Math.pow(2, (t - refMillis) / (double) halfLife.toMillis());
            ref = refMillis;
        }
        List<Hit> hits = new ArrayList<>(recent.size() + 1);
        hits.addAll(recent);
        hits.add(new Hit(at, eventId));
        hits.sort(NEWEST_FIRST);
        return new RuleState(count + 1, next, ref, hits.size() > keep ? hits.subList(0, keep) : hits);
    }

    /** The decayed sum at {@code asOf}; events after asOf count at full weight (clock skew, not the future). */
    public double valueAt(Instant asOf, Duration halfLife) {
        if (halfLife == null || count == 0) {
            return mantissa;
        }
        long age = asOf.toEpochMilli() - refMillis;
        return age <= 0 ? mantissa : mantissa * Math.pow(2, -age / (double) halfLife.toMillis());
    }

    public List<UUID> eventIds() {
        return recent.stream().map(Hit::eventId).toList();
    }
}
