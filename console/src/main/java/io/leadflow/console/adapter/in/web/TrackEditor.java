package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.TrackDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One track form on {@code /tracks}: the values it shows (a track as stored, or as the person typed it) and the
 * errors nurturing named, placed at the inputs they belong to. {@code prefix} keeps the ids of the forms on one page
 * apart ({@code new-track}, {@code edit-<key>}); errors are keyed {@code name}, {@code reason-<code>},
 * {@code step-<row>}, {@code maxDuration}, ... and anything nurturing named that has no input goes under {@code form}.
 */
record TrackEditor(
        String prefix,
        String action,
        boolean creating,
        TrackDefinition track,
        Map<String, String> errors,
        boolean open) {

    /** The reasons a track may take: the nurturable rejection reasons (bad data, competitor, not a buyer are not). */
    static final List<String> REASONS = List.of(
            "timing", "no_budget", "not_decision_maker", "no_need_yet", "already_in_contact", "unreachable", "other");

    private static final Pattern INDEXED = Pattern.compile("(reasons|steps)\\[(\\d+)](?:\\.(\\w+))?");

    TrackEditor {
        errors = Map.copyOf(errors);
    }

    static TrackEditor blank() {
        return new TrackEditor(
                "new-track",
                "/tracks",
                true,
                new TrackDefinition("", "", "", List.of(), null, List.of(), TrackDefinition.Exit.DEFAULT, true),
                Map.of(),
                false);
    }

    static TrackEditor of(TrackDefinition track) {
        return new TrackEditor("edit-" + track.key(), "/tracks/" + track.key(), false, track, Map.of(), false);
    }

    /** The same form, open, showing what the person typed with nurturing's (or the form's own) refusal at the inputs. */
    TrackEditor refused(TrackDefinition typed, Map<String, String> found) {
        return new TrackEditor(prefix, action, creating, typed, found, true);
    }

    /** Nurturing's field names ({@code steps[1].delay}) turned into this form's inputs. */
    static Map<String, String> placed(TrackDefinition sent, ApiRefusal refusal) {
        Map<String, String> placed = new LinkedHashMap<>();
        refusal.fields().forEach((field, detail) -> placed.merge(input(sent, field), detail, (a, b) -> a + "; " + b));
        if (placed.isEmpty()) {
            placed.put("form", refusal.getMessage());
        }
        return placed;
    }

    private static String input(TrackDefinition sent, String field) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            if (indexed.group(1).equals("reasons")) {
                return index < sent.reasons().size()
                        ? "reason-" + sent.reasons().get(index).reason()
                        : "reasons";
            }
            return index < sent.steps().size() ? "step-" + index : "steps";
        }
        return switch (field) {
            case "key", "name", "cadence", "reasons", "steps" -> field;
            case "belowThreshold.priority" -> "belowThreshold";
            case "exit.maxDuration" -> "maxDuration";
            default -> "form";
        };
    }

    public @Nullable String error(String input) {
        return errors.get(input);
    }

    public boolean hasError(String input) {
        return errors.containsKey(input);
    }

    /** The form's own id for an input, e.g. {@code edit-timing-name}. */
    public String id(String input) {
        return prefix + "-" + input;
    }

    /** The track's steps and one empty row to add a step; a row left empty is no step. */
    public List<TrackDefinition.Step> stepRows() {
        List<TrackDefinition.Step> rows = new ArrayList<>(track.steps());
        rows.add(new TrackDefinition.Step("", "", ""));
        return rows;
    }

    public List<String> reasons() {
        return REASONS;
    }
}
