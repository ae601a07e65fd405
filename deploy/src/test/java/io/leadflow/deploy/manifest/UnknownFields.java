package io.leadflow.deploy.manifest;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds fields the Kubernetes API does not know in built-in kinds. The API server would drop or reject
 * them (a misspelt {@code readinesProbe} silently means "no readiness probe"). fabric8's typed model
 * keeps every field it does not know in {@code additionalProperties}; this walks the whole object graph
 * and reports each one with its path.
 */
final class UnknownFields {

    private UnknownFields() {}

    static List<String> check(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (HasMetadata resource : manifests.all()) {
            if (resource instanceof GenericKubernetesResource) {
                continue; // custom resources: no schema here, their operators validate them
            }
            walk(resource, Manifests.id(resource), violations);
        }
        return violations;
    }

    private static void walk(Object node, String path, List<String> violations) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", violations);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, violations));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return; // strings, numbers, enums
        }
        for (Method getter : node.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    violations.add(path + ": unknown field(s) " + unknown.keySet());
                }
            } else {
                walk(value, path + "." + property(getter), violations);
            }
        }
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get")
                && !method.getName().equals("getClass")
                && method.getDeclaringClass().getName().startsWith("io.fabric8");
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // derived accessors that need state we do not have are not fields
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
