package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders each overlay as {@code kubectl kustomize} would for {@code kubectl apply -k}, and holds the
 * result to every rule in {@link ManifestChecker}; also checks that there is something to check (five
 * Deployments, the data tier), so no rule passes by matching nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RenderedOverlaysTest {

    private static final List<String> WORKLOADS = List.of(
            "ingestion-service", "scoring-service", "handoff-service", "nurturing-service", "gateway", "console");

    @ParameterizedTest(name = "the {0} overlay breaks no rule")
    @ValueSource(strings = {"small", "production"})
    void an_overlay_breaks_no_rule(String overlay) {
        assertThat(ManifestChecker.violations(render(overlay))).isEmpty();
    }

    @ParameterizedTest(
            name = "the {0} overlay deploys the four services, the gateway and the console, labelled as the suite")
    @ValueSource(strings = {"small", "production"})
    void an_overlay_deploys_the_four_services_the_gateway_and_the_console(String overlay) {
        Manifests manifests = render(overlay);
        assertThat(manifests.deployments())
                .extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(WORKLOADS);
        assertThat(manifests.all())
                .allSatisfy(resource -> assertThat(resource.getMetadata().getLabels())
                        .as(Manifests.id(resource))
                        .containsEntry("app.kubernetes.io/part-of", "leadflow"));
        assertThat(manifests.deployments())
                .allSatisfy(d -> assertThat(
                                d.getSpec().getTemplate().getMetadata().getLabels())
                        .containsEntry("app.kubernetes.io/name", d.getMetadata().getName()));
        assertThat(manifests.ofKind("Namespace")).hasSize(1);
        assertThat(manifests.ofKind("Ingress")).hasSize(1);
        assertThat(manifests.ofKind("ServiceMonitor")).hasSize(2);
    }

    @ParameterizedTest(name = "the {0} overlay reads passwords from Secrets and everything else from the ConfigMap")
    @ValueSource(strings = {"small", "production"})
    void an_overlay_reads_passwords_from_secrets(String overlay) {
        for (Deployment deployment : render(overlay).deployments()) {
            var container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getEnvFrom()).anyMatch(from -> from.getConfigMapRef() != null);
            assertThat(container.getEnv())
                    .filteredOn(env ->
                            env.getName().contains("PASSWORD") || env.getName().contains("SECRET"))
                    .allMatch(
                            env -> env.getValue() == null && env.getValueFrom().getSecretKeyRef() != null);
        }
    }

    @ParameterizedTest(
            name = "the {0} overlay runs three RabbitMQ nodes and three synchronous PostgreSQL "
                    + "instances with the five databases")
    @ValueSource(strings = {"small", "production"})
    void an_overlay_runs_a_replicated_data_tier(String overlay) {
        Manifests manifests = render(overlay);
        GenericKubernetesResource rabbit = only(manifests, "RabbitmqCluster");
        assertThat(rabbit.getApiVersion()).isEqualTo("rabbitmq.com/v1beta1");
        assertThat(spec(rabbit).get("replicas")).isEqualTo(3);
        GenericKubernetesResource postgres = only(manifests, "Cluster");
        assertThat(postgres.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(spec(postgres).get("instances")).isEqualTo(3);
        assertThat(postgres.<Integer>get("spec", "postgresql", "synchronous", "number"))
                .isPositive();
        List<String> databases = new java.util.ArrayList<>();
        databases.add(postgres.get("spec", "bootstrap", "initdb", "database"));
        manifests
                .ofKind("Database")
                .forEach(database -> databases.add(((GenericKubernetesResource) database).get("spec", "name")));
        assertThat(databases)
                .containsExactlyInAnyOrder(
                        "leadflow_ingestion",
                        "leadflow_scoring",
                        "leadflow_handoff",
                        "leadflow_nurturing",
                        "leadflow_gateway");
    }

    private static Manifests render(String overlay) {
        return Manifests.parse(Kustomize.render(overlay));
    }

    private static GenericKubernetesResource only(Manifests manifests, String kind) {
        List<HasMetadata> found = manifests.ofKind(kind);
        assertThat(found).as(kind).hasSize(1).allMatch(GenericKubernetesResource.class::isInstance);
        return (GenericKubernetesResource) found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
