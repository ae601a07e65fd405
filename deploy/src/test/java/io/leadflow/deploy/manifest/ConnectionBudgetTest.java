package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connection budget (deploy/k8s/README.md): when every workload with a database runs its autoscaler's maximum of
 * pods plus the one a rolling update adds, and every pod fills its connection pool, PostgreSQL still has room, with
 * the superuser's reserved connections and a reserve for the operator, monitoring, backups and a person with psql
 * kept free. Each pool must be set in the manifests, so the arithmetic does not rest on a default in a jar.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConnectionBudgetTest {

    static final String POOL_SIZE = "SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE";
    static final int SUPERUSER_RESERVED = 3;
    static final int RESERVE = 20;

    @ParameterizedTest(name = "in the {0} overlay the pools at full scale fit PostgreSQL's max_connections")
    @ValueSource(strings = {"small", "production"})
    void the_pools_of_every_pod_at_full_scale_fit_max_connections(String overlay) {
        Manifests manifests = Manifests.parse(Kustomize.render(overlay));
        GenericKubernetesResource cluster =
                (GenericKubernetesResource) manifests.ofKind("Cluster").get(0);
        Map<String, Object> parameters = cluster.get("spec", "postgresql", "parameters");
        assertThat(parameters).as("PostgreSQL parameters").isNotNull().containsKey("max_connections");
        int maxConnections = Integer.parseInt(String.valueOf(parameters.get("max_connections")));
        int reserved = Integer.parseInt(
                String.valueOf(parameters.getOrDefault("superuser_reserved_connections", SUPERUSER_RESERVED)));

        List<String> budget = new ArrayList<>();
        int total = 0;
        for (Deployment deployment : manifests.deployments()) {
            List<EnvVar> env = deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getEnv();
            if (DatabaseRolesTest.value(env, "LEADFLOW_DB_NAME") == null) {
                continue;
            }
            String name = deployment.getMetadata().getName();
            String pool = DatabaseRolesTest.value(env, POOL_SIZE);
            assertThat(pool).as(name + ": its pool size, " + POOL_SIZE).isNotNull();
            int pods = maxReplicas(manifests, name) + maxSurge(deployment);
            total += pods * Integer.parseInt(pool);
            budget.add(name + " " + pods + " x " + pool);
        }
        assertThat(budget).as("workloads with a database").hasSize(5);
        assertThat(total)
                .as(
                        "%s connections (%s) against max_connections %d - %d reserved - %d spare",
                        total, budget, maxConnections, reserved, RESERVE)
                .isLessThanOrEqualTo(maxConnections - reserved - RESERVE);
    }

    private static int maxReplicas(Manifests manifests, String deployment) {
        return manifests.ofType(HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(deployment))
                .mapToInt(hpa -> hpa.getSpec().getMaxReplicas())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no autoscaler for " + deployment));
    }

    private static int maxSurge(Deployment deployment) {
        var rolling = deployment.getSpec().getStrategy().getRollingUpdate();
        assertThat(rolling.getMaxSurge().getIntVal())
                .as(deployment.getMetadata().getName() + " maxSurge as a number of pods")
                .isNotNull();
        return rolling.getMaxSurge().getIntVal();
    }
}
