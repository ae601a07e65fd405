package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a request body as a model document: YAML when the content type says so, JSON otherwise. A body that is not
 * readable is refused with the line and column where reading stopped.
 */
@Component
class ModelDocumentReader {

    static final int MAX_LENGTH = 1_000_000;

    private final JsonMapper json;
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    ModelDocumentReader(JsonMapper json) {
        this.json = json;
    }

    Object read(String body, String contentType) {
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("document", "document.required", "send the model document as the body");
        }
        if (body.length() > MAX_LENGTH || body.indexOf('\0') >= 0) {
            throw new InvalidValueException(
                    "document",
                    "document.invalid",
                    "a model document has at most " + MAX_LENGTH + " characters and no NUL");
        }
        boolean isYaml =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("yaml");
        try {
            return isYaml ? yaml.readValue(body, Object.class) : json.readValue(body, Object.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            int column =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            throw new UnreadableDocumentException(
                    "not readable as " + (isYaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage(), line, column);
        }
    }
}
