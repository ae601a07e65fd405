package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A nurturing programme that fits why sales turned leads down: "no budget" needs a different conversation than
 * "not the decision maker". The key is stable (URLs, reports); everything else is marketing's and may change: an
 * edit raises the version and applies to leads enrolled afterwards, because an enrolment copies its steps when it
 * starts. A track only takes reasons that can be nurtured, and may also take leads that stayed below the
 * qualification threshold ({@code belowThresholdPriority}). An inactive track ({@code active} false) takes no new
 * leads, so marketing can pause a programme without losing it; leads already on it finish the steps they were given.
 */
public record NurtureTrack(
        String key,
        String name,
        String cadence,
        List<EntryReason> entries,
        OptionalInt belowThresholdPriority,
        List<TrackStep> steps,
        ExitConditions exits,
        int version,
        boolean active) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_KEY = 60;
    public static final int MAX_NAME = 120;
    public static final int MAX_CADENCE = 500;
    public static final int MAX_STEPS = 100;

    public NurtureTrack {
        if (key == null || key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
            throw new InvalidValueException(
                    "key",
                    "track.key.format",
                    "a track key is lower-case words joined by '-', at most " + MAX_KEY + " characters");
        }
        name = Texts.required(name, "name", "track.name", MAX_NAME);
        cadence = Texts.optional(cadence, "cadence", "track.cadence", MAX_CADENCE);
        cadence = cadence == null ? "" : cadence;
        entries = entries == null ? List.of() : List.copyOf(entries);
        belowThresholdPriority = belowThresholdPriority == null ? OptionalInt.empty() : belowThresholdPriority;
        if (entries.isEmpty() && belowThresholdPriority.isEmpty()) {
            throw new InvalidValueException(
                    "reasons",
                    "track.reasons.required",
                    "track " + key + " must take at least one rejection reason (or leads below the threshold)");
        }
        Set<RejectionReason> seen = EnumSet.noneOf(RejectionReason.class);
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(entries.get(i).reason())) {
                throw new InvalidValueException(
                        "reasons[" + i + "].reason",
                        "track.reasons.duplicate",
                        "track " + key + " lists " + entries.get(i).reason() + " twice");
            }
        }
        belowThresholdPriority.ifPresent(p -> {
            if (p < 0 || p > EntryReason.MAX_PRIORITY) {
                throw new InvalidValueException(
                        "belowThreshold.priority",
                        "track.priority.range",
                        "a priority runs from 0 to " + EntryReason.MAX_PRIORITY + ", got " + p);
            }
        });
        if (steps == null || steps.isEmpty()) {
            throw new InvalidValueException(
                    "steps", "track.steps.required", "track " + key + " needs at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidValueException("steps", "track.steps.max", "a track has at most " + MAX_STEPS + " steps");
        }
        steps = List.copyOf(steps);
        exits = exits == null ? ExitConditions.DEFAULT : exits;
        if (version < 1) {
            throw new InvalidValueException("version", "track.version.positive", "a track version starts at 1");
        }
    }

    /** An active track, as every track was before tracks could be paused. */
    public NurtureTrack(
            String key,
            String name,
            String cadence,
            List<EntryReason> entries,
            OptionalInt belowThresholdPriority,
            List<TrackStep> steps,
            ExitConditions exits,
            int version) {
        this(key, name, cadence, entries, belowThresholdPriority, steps, exits, version, true);
    }

    public TrackRef ref() {
        return new TrackRef(key, name);
    }

    public Set<RejectionReason> reasons() {
        Set<RejectionReason> reasons = EnumSet.noneOf(RejectionReason.class);
        entries.forEach(e -> reasons.add(e.reason()));
        return Collections.unmodifiableSet(reasons);
    }

    public boolean takes(RejectionReason reason) {
        return priorityFor(reason).isPresent();
    }

    public Optional<Integer> priorityFor(RejectionReason reason) {
        return entries.stream()
                .filter(e -> e.reason() == reason)
                .map(EntryReason::priority)
                .findFirst();
    }

    /** The same key with marketing's new definition (active or not as it says), one version later. */
    public NurtureTrack revisedAs(NurtureTrack revision) {
        if (!revision.key().equals(key)) {
            throw new InvalidValueException("key", "track.key.immutable", "a track's key cannot change");
        }
        return new NurtureTrack(
                key,
                revision.name(),
                revision.cadence(),
                revision.entries(),
                revision.belowThresholdPriority(),
                revision.steps(),
                revision.exits(),
                version + 1,
                revision.active());
    }

    /**
     * The steps of a new enrolment, each due its delay after the previous one; they are copied so that a later
     * edit of the track does not move the dates a lead was promised.
     */
    public List<ScheduledStep> schedule(UUID enrollmentId, LeadId leadId, Instant enrolledAt) {
        List<ScheduledStep> scheduled = new ArrayList<>(steps.size());
        Instant due = enrolledAt;
        for (int i = 0; i < steps.size(); i++) {
            TrackStep step = steps.get(i);
            due = due.plus(step.delay());
            scheduled.add(ScheduledStep.pending(enrollmentId, leadId, i + 1, step, due));
        }
        return List.copyOf(scheduled);
    }

    /** The enrolment's end by maximum duration, if the track has one. */
    public Optional<Instant> expiryFor(Instant enrolledAt) {
        return exits.maxDuration().map(enrolledAt::plus);
    }
}
