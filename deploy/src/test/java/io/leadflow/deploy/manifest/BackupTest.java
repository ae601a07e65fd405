package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Production's PostgreSQL can be restored to any point in time: every WAL segment is archived to object storage by
 * the Barman Cloud plugin (the cluster names it as its WAL archiver), base backups are taken on a schedule through the
 * same plugin, and old ones are pruned by a retention policy.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BackupTest {

    private static final String PLUGIN = "barman-cloud.cloudnative-pg.io";

    private static Manifests production;
    private static GenericKubernetesResource cluster;

    @BeforeAll
    static void render() {
        production = Manifests.parse(Kustomize.render("production"));
        cluster = (GenericKubernetesResource) production.ofKind("Cluster").get(0);
    }

    @Test
    void the_cluster_archives_its_wal_to_an_object_store_through_the_barman_cloud_plugin() {
        List<Map<String, Object>> plugins = cluster.get("spec", "plugins");
        assertThat(plugins).as("the cluster's plugins").isNotNull();
        Map<String, Object> barman = plugins.stream()
                .filter(plugin -> PLUGIN.equals(plugin.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + PLUGIN + " plugin on the cluster"));
        assertThat(barman).containsEntry("isWALArchiver", true);
        @SuppressWarnings("unchecked")
        String store = (String) ((Map<String, Object>) barman.get("parameters")).get("barmanObjectName");

        GenericKubernetesResource objectStore = objectStore(store);
        assertThat(objectStore.getApiVersion()).isEqualTo("barmancloud.cnpg.io/v1");
        assertThat(objectStore.<String>get("spec", "configuration", "destinationPath"))
                .startsWith("s3://");
        assertThat(objectStore.<Object>get("spec", "configuration", "s3Credentials", "secretAccessKey", "name"))
                .as("credentials from a Secret")
                .isNotNull();
        assertThat(objectStore.<String>get("spec", "configuration", "wal", "compression"))
                .isNotBlank();
        assertThat(objectStore.<String>get("spec", "retentionPolicy")).matches("\\d+[dwm]");
    }

    @Test
    void base_backups_are_scheduled_through_the_same_plugin() {
        List<GenericKubernetesResource> schedules = production.ofKind("ScheduledBackup").stream()
                .map(GenericKubernetesResource.class::cast)
                .filter(s -> cluster.getMetadata().getName().equals(s.get("spec", "cluster", "name")))
                .toList();
        assertThat(schedules).as("scheduled backups of the cluster").hasSize(1);
        GenericKubernetesResource schedule = schedules.get(0);
        assertThat(schedule.<String>get("spec", "method")).isEqualTo("plugin");
        assertThat(schedule.<String>get("spec", "pluginConfiguration", "name")).isEqualTo(PLUGIN);
        assertThat(schedule.<String>get("spec", "schedule").split(" "))
                .as("six cron fields, seconds first")
                .hasSize(6);
    }

    private static GenericKubernetesResource objectStore(String name) {
        List<HasMetadata> stores = production.ofKind("ObjectStore").stream()
                .filter(s -> s.getMetadata().getName().equals(name))
                .toList();
        assertThat(stores).as("ObjectStore " + name).hasSize(1);
        return (GenericKubernetesResource) stores.get(0);
    }
}
