package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each service connects to RabbitMQ as its own user, never the administrator the operator creates, with permissions
 * (Messaging Topology Operator {@code Permission}) that let it do what its bindings need and no more: publish only to
 * the streams it produces, read only its own queues and the consumer queues it declares on those streams. RabbitMQ matches permission
 * patterns as unanchored regular expressions, as {@link java.util.regex.Matcher#find()} does.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MessagingPermissionsTest {

    static final List<String> SERVICES = MessageTopology.SERVICES;

    private static Manifests production;
    private static Set<String> destinations;

    @BeforeAll
    static void render() {
        production = Manifests.parse(Kustomize.render("production"));
        destinations = new LinkedHashSet<>();
        SERVICES.forEach(
                service -> destinations.addAll(MessageTopology.of(service).exchanges()));
    }

    @ParameterizedTest(name = "{0} connects as its own user, without tags, never the operator's administrator")
    @FieldSource("SERVICES")
    void a_service_connects_as_its_own_user(String service) {
        String secret = rabbitSecret(service);
        assertThat(secret).isNotNull().isNotEqualTo("leadflow-rabbitmq-default-user");
        GenericKubernetesResource user = userWithSecret(secret);
        assertThat(user.<List<String>>get("spec", "tags"))
                .as("tags of " + service)
                .isNullOrEmpty();
        assertThat(MessagingPermissionsTest.SERVICES.stream()
                        .filter(other -> secret.equals(rabbitSecret(other)))
                        .toList())
                .containsExactly(service);
    }

    @ParameterizedTest(name = "{0} may read its own queues and those it declares as a producer, no other")
    @FieldSource("SERVICES")
    void a_service_reads_its_own_queues_and_those_it_declares_only(String service) {
        MessageTopology topology = MessageTopology.of(service);
        Pattern read = permission(service, "read");
        topology.ownQueues()
                .forEach(queue ->
                        assertThat(read.matcher(queue).find()).as(queue).isTrue());
        // RabbitMQ checks read on a new queue declared with a dead-letter exchange, which a producer's required
        // groups are
        topology.declaredQueues()
                .forEach(queue -> assertThat(read.matcher(queue).find())
                        .as("declares " + queue)
                        .isTrue());
        topology.exchanges()
                .forEach(exchange -> assertThat(read.matcher(exchange).find())
                        .as("binds from " + exchange)
                        .isTrue());
        notOnOthersQueues(service, topology, read, "reading");
    }

    @ParameterizedTest(name = "{0} may publish to the streams it produces only")
    @FieldSource("SERVICES")
    void a_service_publishes_to_its_own_streams_only(String service) {
        MessageTopology topology = MessageTopology.of(service);
        Pattern write = permission(service, "write");
        Pattern configure = permission(service, "configure");
        for (String destination : destinations) {
            boolean produced = topology.produces().containsKey(destination);
            assertThat(write.matcher(destination).find())
                    .as(service + " publishing to " + destination)
                    .isEqualTo(produced);
        }
        assertThat(write.matcher(MessageTopology.DEAD_LETTER_EXCHANGE).find())
                .as("republish to DLX")
                .isTrue();
        List<String> declared = new java.util.ArrayList<>(topology.ownQueues());
        declared.addAll(topology.declaredQueues());
        for (String queue : declared) {
            assertThat(configure.matcher(queue).find()).as("declares " + queue).isTrue();
            assertThat(write.matcher(queue).find()).as("binds " + queue).isTrue();
        }
        topology.exchanges()
                .forEach(exchange -> assertThat(configure.matcher(exchange).find())
                        .as("declares " + exchange)
                        .isTrue());
        notOnOthersQueues(service, topology, configure, "configuring");
    }

    /** No queue of another service on a stream this one does not produce matches the pattern. */
    private static void notOnOthersQueues(String service, MessageTopology topology, Pattern pattern, String doing) {
        for (String other : SERVICES) {
            for (String destination : destinations) {
                if (!other.equals(service) && !topology.produces().containsKey(destination)) {
                    MessageTopology.queueAndDlq(destination, other)
                            .forEach(queue -> assertThat(pattern.matcher(queue).find())
                                    .as(service + " " + doing + " " + queue)
                                    .isFalse());
                }
            }
        }
    }

    private static Pattern permission(String service, String kind) {
        String user = userWithSecret(rabbitSecret(service)).getMetadata().getName();
        List<GenericKubernetesResource> permissions = production.ofKind("Permission").stream()
                .map(GenericKubernetesResource.class::cast)
                .filter(p -> user.equals(p.get("spec", "userReference", "name")))
                .toList();
        assertThat(permissions).as("permissions of " + user).hasSize(1);
        assertThat(permissions.get(0).<String>get("spec", "vhost")).isEqualTo("/");
        Map<String, String> granted = permissions.get(0).get("spec", "permissions");
        return Pattern.compile(granted.get(kind));
    }

    private static GenericKubernetesResource userWithSecret(String secret) {
        List<HasMetadata> users = production.ofKind("User").stream()
                .filter(u ->
                        secret.equals(((GenericKubernetesResource) u).get("spec", "importCredentialsSecret", "name")))
                .toList();
        assertThat(users)
                .as("the RabbitMQ User whose credentials are " + secret)
                .hasSize(1);
        return (GenericKubernetesResource) users.get(0);
    }

    private static String rabbitSecret(String service) {
        Deployment deployment = production.deployments().stream()
                .filter(d -> d.getMetadata().getName().equals(service))
                .findFirst()
                .orElseThrow();
        List<EnvVar> env = deployment
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv();
        String user = DatabaseRolesTest.secret(env, "LEADFLOW_RABBIT_USER");
        assertThat(DatabaseRolesTest.secret(env, "LEADFLOW_RABBIT_PASSWORD")).isEqualTo(user);
        return user;
    }
}
