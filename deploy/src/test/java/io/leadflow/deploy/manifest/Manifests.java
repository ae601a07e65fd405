package io.leadflow.deploy.manifest;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed set of manifests. Built-in kinds become fabric8's typed model (so unknown fields are visible
 * in {@code additionalProperties}); custom resources stay {@code GenericKubernetesResource}.
 */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final List<HasMetadata> resources;

    private Manifests(List<HasMetadata> resources) {
        this.resources = List.copyOf(resources);
    }

    /** Parses multi-document YAML, one resource per document. */
    static Manifests parse(String yaml) {
        List<HasMetadata> parsed = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.lines()
                    .allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue;
            }
            KubernetesResource resource = SERIALIZATION.unmarshal(document, KubernetesResource.class);
            if (!(resource instanceof HasMetadata hasMetadata)) {
                throw new AssertionError("not a Kubernetes object: " + document);
            }
            parsed.add(hasMetadata);
        }
        return new Manifests(parsed);
    }

    /** A fixture under {@code src/test/resources/manifests/}. */
    static Manifests fixture(String name) {
        try (InputStream in = Manifests.class.getResourceAsStream("/manifests/" + name)) {
            Objects.requireNonNull(in, () -> "no fixture manifests/" + name);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read fixture " + name, e);
        }
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<HasMetadata> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    List<Deployment> deployments() {
        return ofType(Deployment.class);
    }

    /** Every pod template, keyed by "Kind/name", so pod checks also cover StatefulSets and DaemonSets. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        deployments().forEach(d -> templates.put(id(d), d.getSpec().getTemplate()));
        ofType(StatefulSet.class).forEach(s -> templates.put(id(s), s.getSpec().getTemplate()));
        ofType(DaemonSet.class).forEach(s -> templates.put(id(s), s.getSpec().getTemplate()));
        return templates;
    }

    /** "Kind/name", the way violations name a resource. */
    static String id(HasMetadata resource) {
        return resource.getKind() + "/" + resource.getMetadata().getName();
    }

    static boolean sameNamespace(HasMetadata a, HasMetadata b) {
        return Objects.equals(a.getMetadata().getNamespace(), b.getMetadata().getNamespace());
    }
}
