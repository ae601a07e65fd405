package io.leadflow.deploy.manifest;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's own {@code application.yml}, read from the repository, so the manifests are checked against what the
 * services really do (their request limits, their message bindings) rather than against a copy in a test.
 */
final class ServiceConfig {

    private static final KubernetesSerialization YAML = new KubernetesSerialization();
    private static final Pattern DATA_SIZE = Pattern.compile("(\\d+)\\s*([KMG]?B)?", Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> root;

    private ServiceConfig(Map<String, Object> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static ServiceConfig of(String module) {
        Path file = Kustomize.repositoryRoot().resolve(module).resolve("src/main/resources/application.yml");
        try {
            return new ServiceConfig(YAML.unmarshal(Files.readString(file), Map.class));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** The map at this dotted path ({@code spring.cloud.stream.bindings}); keys keep Spring's {@code [..]} escape. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no " + path + " in the configuration");
            }
            current = map.get(key);
        }
        return (Map<String, Object>) current;
    }

    /** A Spring map key without its {@code [..]} escape. */
    static String unescaped(String key) {
        return key.startsWith("[") && key.endsWith("]") ? key.substring(1, key.length() - 1) : key;
    }

    /** Spring's {@code DataSize} text ({@code 50MB}, {@code 1KB}, {@code 512B}) in bytes, binary multiples. */
    static long bytes(String size) {
        Matcher parts = DATA_SIZE.matcher(size.trim());
        if (!parts.matches()) {
            throw new AssertionError("not a data size: " + size);
        }
        int shift = switch (parts.group(2) == null ? "B" : parts.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            default -> 0;
        };
        return Long.parseLong(parts.group(1)) << shift;
    }
}
