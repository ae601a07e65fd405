package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard and the alerts a platform team imports only help if they query metrics that exist under the names
 * the services promise (the catalogue in docs/observability.md), cover every stage of the funnel, and actually ship
 * in the rendered manifests.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ObservabilityTest {

    private static final Pattern METRIC = Pattern.compile("\\b((?:leadflow|rabbitmq)_[a-z_]+)");
    private static final Pattern CATALOGUE_ROW =
            Pattern.compile("^\\| `((?:leadflow|rabbitmq)_[a-z_]+)` \\|", Pattern.MULTILINE);
    private static final String DASHBOARD = "deploy/k8s/base/observability/leadflow-dashboard.json";

    @Test
    void the_dashboard_queries_only_catalogued_metrics_and_shows_every_one_of_them() throws IOException {
        Set<String> catalogue = catalogue();
        Set<String> queried = metricsIn(expressions(dashboard()));
        assertThat(catalogue).as("the catalogue in docs/observability.md").hasSizeGreaterThan(10);
        assertThat(queried).as("metrics the dashboard queries").isSubsetOf(catalogue);
        assertThat(catalogue).as("every catalogued metric has a panel").isSubsetOf(queried);
    }

    @Test
    void every_dashboard_panel_reads_the_chosen_prometheus_and_has_a_unique_id() throws IOException {
        JsonNode dashboard = dashboard();
        List<Integer> ids = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            ids.add(panel.path("id").asInt());
            if (!panel.path("type").asString().equals("row")) {
                assertThat(panel.path("targets").isEmpty())
                        .as(panel.path("title").asString())
                        .isFalse();
                assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(dashboard.path("uid").asString()).isNotBlank();
    }

    @Test
    void the_alerts_query_only_catalogued_metrics() throws IOException {
        GenericKubernetesResource rule = only("PrometheusRule");
        Set<String> queried =
                metricsIn(List.of(String.valueOf(rule.getAdditionalProperties().get("spec"))));
        assertThat(queried).isNotEmpty().isSubsetOf(catalogue());
    }

    @Test
    void the_rendered_overlays_ship_the_dashboard_json_logs_and_tracing_settings() throws IOException {
        for (String overlay : List.of("small", "production")) {
            Manifests manifests = Manifests.parse(Kustomize.render(overlay));
            ConfigMap dashboard = manifests.ofType(ConfigMap.class).stream()
                    .filter(map -> map.getMetadata().getName().equals("leadflow-grafana-dashboard"))
                    .findFirst()
                    .orElseThrow();
            assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
            assertThat(JsonMapper.builder().build().readTree(dashboard.getData().get("leadflow-dashboard.json")))
                    .isEqualTo(dashboard());
            ConfigMap config = manifests.ofType(ConfigMap.class).stream()
                    .filter(map -> map.getMetadata().getName().equals("leadflow-config"))
                    .findFirst()
                    .orElseThrow();
            assertThat(config.getData())
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "kubernetes")
                    .as("trace export off until a collector is named and reachable")
                    .containsEntry("MANAGEMENT_TRACING_EXPORT_OTLP_ENABLED", "false")
                    .containsKeys("LEADFLOW_TRACING_SAMPLING", "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
        }
    }

    private static JsonNode dashboard() throws IOException {
        return JsonMapper.builder()
                .build()
                .readTree(Files.readString(Kustomize.repositoryRoot().resolve(DASHBOARD)));
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        dashboard
                .path("panels")
                .forEach(panel -> panel.path("targets")
                        .forEach(target -> expressions.add(target.path("expr").asString())));
        return expressions;
    }

    private static Set<String> metricsIn(List<String> expressions) {
        Set<String> metrics = new LinkedHashSet<>();
        for (String expression : expressions) {
            Matcher matcher = METRIC.matcher(expression);
            while (matcher.find()) {
                metrics.add(matcher.group(1));
            }
        }
        return metrics;
    }

    private static Set<String> catalogue() throws IOException {
        String doc = Files.readString(Kustomize.repositoryRoot().resolve("docs/observability.md"));
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = CATALOGUE_ROW.matcher(doc);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static GenericKubernetesResource only(String kind) {
        List<HasMetadata> found = Manifests.parse(Kustomize.render("small")).ofKind(kind);
        assertThat(found).as(kind).hasSize(1).allMatch(GenericKubernetesResource.class::isInstance);
        return (GenericKubernetesResource) found.getFirst();
    }
}
