package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pod Security Admission enforces {@code restricted} in the namespace, so a pod that could run as root, escalate or
 * keep capabilities is refused at admission, not only reported. The LeadFlow pods are held to it by the
 * {@code security} rule; the RabbitMQ pods, which the operator builds, by the override checked here.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PodSecurityTest {

    @ParameterizedTest(name = "the {0} overlay's namespace enforces Pod Security restricted")
    @ValueSource(strings = {"small", "production"})
    void the_namespace_enforces_the_restricted_pod_security_standard(String overlay) {
        List<HasMetadata> namespaces =
                Manifests.parse(Kustomize.render(overlay)).ofKind("Namespace");
        assertThat(namespaces).hasSize(1);
        assertThat(namespaces.get(0).getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                .containsEntry("pod-security.kubernetes.io/warn", "restricted")
                .containsEntry("pod-security.kubernetes.io/audit", "restricted");
    }

    @ParameterizedTest(name = "the {0} overlay's RabbitMQ pods meet restricted whatever the operator's defaults")
    @ValueSource(strings = {"small", "production"})
    void the_rabbitmq_pods_are_built_to_meet_restricted(String overlay) {
        GenericKubernetesResource rabbit = (GenericKubernetesResource) Manifests.parse(Kustomize.render(overlay))
                .ofKind("RabbitmqCluster")
                .get(0);
        Object[] pod = {"spec", "override", "statefulSet", "spec", "template", "spec"};
        Map<String, Object> podContext = rabbit.get(path(pod, "securityContext"));
        assertThat(podContext).as("pod securityContext").containsEntry("runAsNonRoot", true);
        assertThat(podContext.get("seccompProfile")).isEqualTo(Map.of("type", "RuntimeDefault"));
        for (String containers : List.of("initContainers", "containers")) {
            List<Map<String, Object>> overridden = rabbit.get(path(pod, containers));
            assertThat(overridden).as(containers).isNotEmpty();
            assertThat(overridden)
                    .extracting(container -> container.get("name"))
                    .as(containers + " of the operator's pod, by name")
                    .isSubsetOf("setup-container", "rabbitmq");
            assertThat(overridden).allSatisfy(container -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> context = (Map<String, Object>) container.get("securityContext");
                assertThat(context)
                        .as(container.get("name") + " securityContext")
                        .isNotNull();
                assertThat(context).containsEntry("allowPrivilegeEscalation", false);
                assertThat(context.get("capabilities")).isEqualTo(Map.of("drop", List.of("ALL")));
            });
        }
    }

    private static Object[] path(Object[] prefix, String last) {
        Object[] full = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        full[prefix.length] = last;
        return full;
    }
}
