package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.EntryReason;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.TrackStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** A track as marketing writes it to the domain's track; every broken rule names the field as the request spells it. */
final class TrackRequests {

    private TrackRequests() {}

    static NurtureTrack track(String key, TrackRequest r) {
        if (r == null) {
            throw new InvalidValueException("body", "body.required", "a track definition is required");
        }
        List<EntryReason> entries = new ArrayList<>();
        List<TrackRequest.Reason> reasons = r.reasons() == null ? List.of() : r.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            TrackRequest.Reason reason = reasons.get(i);
            entries.add(item("reasons", i, () -> {
                if (reason == null) {
                    throw new InvalidValueException("reason", "track.reason.required", "an entry reason is required");
                }
                return new EntryReason(
                        RejectionReason.parse(reason.reason()), reason.priority() == null ? 0 : reason.priority());
            }));
        }
        List<TrackStep> steps = new ArrayList<>();
        List<TrackRequest.Step> stepRequests = r.steps() == null ? List.of() : r.steps();
        for (int i = 0; i < stepRequests.size(); i++) {
            TrackRequest.Step step = stepRequests.get(i);
            steps.add(item("steps", i, () -> {
                if (step == null) {
                    throw new InvalidValueException("name", "step.required", "a step is required");
                }
                return new TrackStep(step.name(), step.content(), duration(step.delay(), "delay", "step.delay"));
            }));
        }
        TrackRequest.Exit exit = r.exit();
        ExitConditions exits = exit == null
                ? ExitConditions.DEFAULT
                : new ExitConditions(
                        exit.onRequalified() == null || exit.onRequalified(),
                        exit.onUnsubscribed() == null || exit.onUnsubscribed(),
                        exit.onCompleted() == null || exit.onCompleted(),
                        exit.maxDuration() == null || exit.maxDuration().isBlank()
                                ? Optional.empty()
                                : Optional.of(
                                        duration(exit.maxDuration(), "exit.maxDuration", "track.exit.maxDuration")));
        OptionalInt below = r.belowThreshold() == null
                ? OptionalInt.empty()
                : OptionalInt.of(
                        r.belowThreshold().priority() == null
                                ? 0
                                : r.belowThreshold().priority());
        return new NurtureTrack(
                key, r.name(), r.cadence(), entries, below, steps, exits, 1, r.active() == null || r.active());
    }

    static Duration duration(String text, String field, String rule) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, rule + ".required", field + " is required, e.g. P14D");
        }
        try {
            return Duration.parse(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    field, rule + ".format", field + " must be an ISO-8601 duration such as P14D or PT12H");
        }
    }

    private static <T> T item(String list, int index, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field().startsWith(list + "[") ? e.field() : list + "[" + index + "]." + e.field();
            throw new InvalidValueException(field, e.rule(), e.getMessage());
        }
    }
}
