package io.leadflow.scoring.adapter.in.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each place of a model document starts in the text the author sent (1-based lines), so a violation named by
 * its path ({@code rules[3].points}) can point at the line of the YAML or JSON that holds it. A path that is not in
 * the text (a required field left out) falls back to its nearest enclosing place.
 */
final class DocumentLines {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<String, Integer> lines;

    private DocumentLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of a readable document; what is read before a broken part is kept, nothing more is promised. */
    static DocumentLines of(String body, String contentType, JsonMapper json) {
        boolean isYaml =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("yaml");
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = isYaml ? YAML.createParser(body) : json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? parser.streamReadContext().getParent() == null
                                ? ""
                                : parser.streamReadContext()
                                        .getParent()
                                        .pathAsPointer()
                                        .toString()
                        : parser.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException unreadable) {
            // the reader reports an unreadable document with its own line; keep what was read
        }
        return new DocumentLines(lines);
    }

    /** The line of a violation's field path, e.g. {@code rules[3].condition.op}, or of the closest place around it. */
    Optional<Integer> lineOf(String field) {
        String pointer = field == null || field.isEmpty()
                ? ""
                : "/" + field.replace("[", ".").replace("]", "").replace('.', '/');
        while (true) {
            Integer line = lines.get(pointer);
            if (line != null && line > 0) {
                return Optional.of(line);
            }
            if (pointer.isEmpty()) {
                return Optional.empty();
            }
            pointer = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
        }
    }
}
