package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.TrackDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * A track form as posted: reasons ticked with their priorities, steps row by row (a row left empty is dropped),
 * exits and whether the track is active. A priority that is not a whole number is refused here, at its input, before
 * nurturing is asked; every other rule is nurturing's.
 */
record TrackForm(TrackDefinition track, Map<String, String> errors) {

    static TrackForm read(String key, MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<TrackDefinition.Reason> reasons = new ArrayList<>();
        for (String reason : values(form, "reason")) {
            if (TrackEditor.REASONS.contains(reason)) {
                reasons.add(new TrackDefinition.Reason(
                        reason, priority(form.getFirst("priority-" + reason), "reason-" + reason, errors)));
            }
        }
        Integer below = form.containsKey("belowThreshold")
                ? priority(form.getFirst("belowThresholdPriority"), "belowThreshold", errors)
                : null;
        List<String> names = values(form, "stepName");
        List<String> contents = values(form, "stepContent");
        List<String> delays = values(form, "stepDelay");
        List<TrackDefinition.Step> steps = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String content = i < contents.size() ? contents.get(i).strip() : "";
            String delay = i < delays.size() ? delays.get(i).strip() : "";
            if (!name.isEmpty() || !content.isEmpty() || !delay.isEmpty()) {
                steps.add(new TrackDefinition.Step(name, content, delay));
            }
        }
        String maxDuration = text(form.getFirst("maxDuration"));
        TrackDefinition track = new TrackDefinition(
                key == null ? text(form.getFirst("key")) : key,
                text(form.getFirst("name")),
                text(form.getFirst("cadence")),
                reasons,
                below,
                steps,
                new TrackDefinition.Exit(
                        form.containsKey("exitOnRequalified"),
                        form.containsKey("exitOnUnsubscribed"),
                        form.containsKey("exitOnCompleted"),
                        maxDuration.isEmpty() ? null : maxDuration),
                form.containsKey("active"));
        return new TrackForm(track, errors);
    }

    private static @Nullable Integer priority(@Nullable String text, String input, Map<String, String> errors) {
        String value = text(text);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            errors.put(input, "a priority is a whole number, e.g. 5 (the higher wins)");
            return null;
        }
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
