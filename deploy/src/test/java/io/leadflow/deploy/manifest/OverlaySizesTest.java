package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The overlays exist to differ: if production rendered the same sizes as small, an overlay patch would
 * have stopped applying (a renamed target, a wrong path) without any other test noticing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OverlaySizesTest {

    private static Manifests small;
    private static Manifests production;

    @BeforeAll
    static void render() {
        small = Manifests.parse(Kustomize.render("small"));
        production = Manifests.parse(Kustomize.render("production"));
    }

    @Test
    void production_runs_more_replicas_than_small() {
        assertThat(replicas(production)).isGreaterThan(replicas(small));
    }

    @Test
    void production_autoscales_further_than_small() {
        assertThat(first(production, HorizontalPodAutoscaler.class).getSpec().getMaxReplicas())
                .isGreaterThan(
                        first(small, HorizontalPodAutoscaler.class).getSpec().getMaxReplicas());
    }

    @Test
    void production_keeps_more_pods_available_during_disruptions() {
        assertThat(first(production, PodDisruptionBudget.class)
                        .getSpec()
                        .getMinAvailable()
                        .getIntVal())
                .isGreaterThan(first(small, PodDisruptionBudget.class)
                        .getSpec()
                        .getMinAvailable()
                        .getIntVal());
    }

    @Test
    void production_gives_containers_more_memory() {
        assertThat(memoryLimit(production)).isGreaterThan(memoryLimit(small));
    }

    @Test
    void production_has_larger_database_and_broker_volumes() {
        assertThat(storage(production, "Cluster", "storage", "size"))
                .isGreaterThan(storage(small, "Cluster", "storage", "size"));
        assertThat(storage(production, "RabbitmqCluster", "persistence", "storage"))
                .isGreaterThan(storage(small, "RabbitmqCluster", "persistence", "storage"));
    }

    private static int replicas(Manifests manifests) {
        return manifests.deployments().stream()
                .mapToInt(d -> d.getSpec().getReplicas())
                .min()
                .orElseThrow();
    }

    private static <T extends HasMetadata> T first(Manifests m, Class<T> type) {
        return m.ofType(type).stream().findFirst().orElseThrow();
    }

    private static BigDecimal memoryLimit(Manifests manifests) {
        Deployment deployment = manifests.deployments().get(0);
        Quantity limit = deployment
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getResources()
                .getLimits()
                .get("memory");
        return limit.getNumericalAmount();
    }

    private static BigDecimal storage(Manifests manifests, String kind, String... path) {
        GenericKubernetesResource resource =
                (GenericKubernetesResource) manifests.ofKind(kind).get(0);
        String[] full = new String[path.length + 1];
        full[0] = "spec";
        System.arraycopy(path, 0, full, 1, path.length);
        return new Quantity(resource.<String>get((Object[]) full)).getNumericalAmount();
    }
}
