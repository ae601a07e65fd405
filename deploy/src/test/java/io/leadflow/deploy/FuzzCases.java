package io.leadflow.deploy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The write operations of an OpenAPI document and the hostile requests made of each. */
final class FuzzCases {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final List<String> BOGUS_IDS =
            List.of("00000000-0000-0000-0000-000000000000", "not-an-id", "9".repeat(40), "%C3%28", "..%2F..%2Fetc");

    record Operation(String method, String path, List<String> properties) {}

    record Case(String name, String path, byte[] body) {}

    private FuzzCases() {}

    /** Every POST, PUT and PATCH of the document, with the top-level properties of its JSON body, if it names them. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                JsonNode schema = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                operations.add(
                        new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), properties(document, schema)));
            }
        });
        return operations;
    }

    private static List<String> properties(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            resolved =
                    document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        List<String> names = new ArrayList<>();
        resolved.path("properties").propertyNames().forEach(names::add);
        return names;
    }

    /** A bounded set of hostile requests for one operation; the seeded random picks path parameters and values. */
    static List<Case> cases(Operation operation, Random random) {
        List<Case> cases = new ArrayList<>();
        cases.add(text(operation, random, "malformed JSON", "{\"a\": [1, 2"));
        cases.add(text(operation, random, "an array for an object", "[]"));
        cases.add(text(operation, random, "a bare string", "\"text\""));
        cases.add(text(operation, random, "a huge bare number", "1" + "0".repeat(400)));
        cases.add(text(operation, random, "unknown fields only", "{\"zz_unknown\": {\"deeper\": [true]}}"));
        cases.add(text(operation, random, "deep nesting", "[".repeat(20_000) + "]".repeat(20_000)));
        cases.add(text(operation, random, "an empty body", ""));
        cases.add(text(operation, random, "null", "null"));
        ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.writeBytes("{\"name\": \"".getBytes(StandardCharsets.UTF_8));
        invalid.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        invalid.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        cases.add(new Case("invalid UTF-8", path(operation, random), invalid.toByteArray()));
        if (!operation.properties().isEmpty()) {
            cases.add(text(
                    operation,
                    random,
                    "every field a huge string",
                    every(operation, "\"" + "A".repeat(60_000) + "\"")));
            cases.add(text(operation, random, "every field a huge number", every(operation, "1e400")));
            cases.add(text(operation, random, "every field of a wrong type", wrongTypes(operation, random)));
            cases.add(text(
                    operation,
                    random,
                    "every field deeply nested",
                    every(operation, "[".repeat(2_000) + "]".repeat(2_000))));
        }
        return cases;
    }

    private static Case text(Operation operation, Random random, String name, String body) {
        return new Case(name, path(operation, random), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String path(Operation operation, Random random) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(
                    path, Matcher.quoteReplacement(BOGUS_IDS.get(random.nextInt(BOGUS_IDS.size()))));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    private static String every(Operation operation, String value) {
        StringBuilder body = new StringBuilder("{");
        for (String property : operation.properties()) {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append('"').append(property).append("\":").append(value);
        }
        return body.append('}').toString();
    }

    private static String wrongTypes(Operation operation, Random random) {
        List<String> values = List.of("[]", "{}", "true", "-1e308", "\"\\u0000\"", "99999999999999999999", "\"x\"");
        StringBuilder body = new StringBuilder("{");
        for (String property : operation.properties()) {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append('"').append(property).append("\":").append(values.get(random.nextInt(values.size())));
        }
        return body.append('}').toString();
    }
}
