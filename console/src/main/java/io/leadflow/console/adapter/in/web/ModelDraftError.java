package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing the scoring service found wrong in a draft, placed at its line of the YAML the person sent (with that
 * line's text, so the page can show it next to the editor); {@code line} is null when the service named none.
 */
record ModelDraftError(@Nullable Integer line, String field, String detail, String text) {

    /** The refusal's errors in line order (those without a line last); its detail alone when it named no field. */
    static List<ModelDraftError> of(ApiRefusal refusal, String yaml) {
        String[] lines = yaml.split("\\R", -1);
        List<ModelDraftError> errors = new ArrayList<>();
        for (Map.Entry<String, String> field : refusal.fields().entrySet()) {
            Integer line = refusal.lines().get(field.getKey());
            String text = line != null && line >= 1 && line <= lines.length ? lines[line - 1] : "";
            errors.add(new ModelDraftError(line, field.getKey(), field.getValue(), text));
        }
        if (errors.isEmpty()) {
            errors.add(new ModelDraftError(null, "document", String.valueOf(refusal.getMessage()), ""));
        }
        errors.sort(Comparator.comparing(ModelDraftError::line, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(errors);
    }
}
