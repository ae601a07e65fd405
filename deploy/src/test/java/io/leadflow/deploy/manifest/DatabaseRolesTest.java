package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service (and the gateway) logs in to PostgreSQL as its own role, which owns its database and no other, and
 * reads that role's password from a Secret no other workload reads: a compromised service cannot read or change
 * another service's data. Databases and owners come from CloudNativePG's bootstrap and its {@code Database}
 * resources, passwords from the bootstrap's and the managed roles' Secrets.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatabaseRolesTest {

    private static final List<String> DATABASES = List.of(
            "leadflow_ingestion", "leadflow_scoring", "leadflow_handoff", "leadflow_nurturing", "leadflow_gateway");

    @ParameterizedTest(name = "in the {0} overlay every workload with a database logs in as that database's owner")
    @ValueSource(strings = {"small", "production"})
    void every_workload_logs_in_as_the_owner_of_its_own_database_and_of_no_other(String overlay) {
        Manifests manifests = Manifests.parse(Kustomize.render(overlay));
        GenericKubernetesResource cluster =
                (GenericKubernetesResource) manifests.ofKind("Cluster").get(0);
        Map<String, String> ownerOf = owners(manifests, cluster);
        Map<String, String> secretOf = roleSecrets(cluster);
        assertThat(ownerOf.keySet()).as("the databases").containsExactlyInAnyOrderElementsOf(DATABASES);
        assertThat(ownerOf.values()).as("one owner per database").doesNotHaveDuplicates();

        Map<String, String> workloadOfSecret = new HashMap<>();
        int withDatabase = 0;
        for (Deployment deployment : manifests.deployments()) {
            List<EnvVar> env = deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getEnv();
            String database = value(env, "LEADFLOW_DB_NAME");
            if (database == null) {
                continue;
            }
            withDatabase++;
            String name = deployment.getMetadata().getName();
            String owner = ownerOf.get(database);
            assertThat(owner).as(name + ": the owner of " + database).isNotNull();
            String userSecret = secret(env, "LEADFLOW_DB_USER");
            assertThat(userSecret)
                    .as(name + " logs in as " + owner + " (its Secret)")
                    .isEqualTo(secretOf.get(owner));
            assertThat(secret(env, "LEADFLOW_DB_PASSWORD"))
                    .as(name + " password")
                    .isEqualTo(userSecret);
            assertThat(workloadOfSecret.put(userSecret, name))
                    .as("another workload reading " + userSecret)
                    .isNull();
        }
        assertThat(withDatabase).as("workloads with a database").isEqualTo(DATABASES.size());
    }

    @ParameterizedTest(name = "in the {0} overlay no service role may create roles or databases or is a superuser")
    @ValueSource(strings = {"small", "production"})
    void no_service_role_holds_more_than_its_login(String overlay) {
        GenericKubernetesResource cluster = (GenericKubernetesResource)
                Manifests.parse(Kustomize.render(overlay)).ofKind("Cluster").get(0);
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        assertThat(roles).isNotEmpty().allSatisfy(role -> {
            assertThat(role.get("login")).as(role.get("name") + " login").isEqualTo(true);
            for (String power : List.of("superuser", "createrole", "createdb", "replication", "bypassrls")) {
                assertThat(role.getOrDefault(power, false))
                        .as(role.get("name") + " " + power)
                        .isEqualTo(false);
            }
            assertThat(role.get("inRoles")).as(role.get("name") + " member of").isNull();
        });
    }

    /** Database name to owning role: the bootstrap's database, then every Database resource of the cluster. */
    private static Map<String, String> owners(Manifests manifests, GenericKubernetesResource cluster) {
        Map<String, String> owners = new HashMap<>();
        owners.put(
                cluster.get("spec", "bootstrap", "initdb", "database"),
                cluster.get("spec", "bootstrap", "initdb", "owner"));
        for (HasMetadata resource : manifests.ofKind("Database")) {
            GenericKubernetesResource database = (GenericKubernetesResource) resource;
            if (cluster.getMetadata().getName().equals(database.get("spec", "cluster", "name"))) {
                owners.put(database.get("spec", "name"), database.get("spec", "owner"));
            }
        }
        return owners;
    }

    /** Role to the Secret holding its password: the bootstrap owner's, and each managed role's. */
    private static Map<String, String> roleSecrets(GenericKubernetesResource cluster) {
        Map<String, String> secrets = new HashMap<>();
        String initdbSecret = cluster.get("spec", "bootstrap", "initdb", "secret", "name");
        secrets.put(cluster.get("spec", "bootstrap", "initdb", "owner"), initdbSecret);
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        if (roles != null) {
            for (Map<String, Object> role : roles) {
                @SuppressWarnings("unchecked")
                Map<String, Object> secret = (Map<String, Object>) role.get("passwordSecret");
                secrets.put((String) role.get("name"), secret == null ? null : (String) secret.get("name"));
            }
        }
        return secrets;
    }

    static String value(List<EnvVar> env, String name) {
        return env.stream()
                .filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst()
                .orElse(null);
    }

    static String secret(List<EnvVar> env, String name) {
        return env.stream()
                .filter(e -> e.getName().equals(name) && e.getValueFrom() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName())
                .findFirst()
                .orElse(null);
    }
}
