package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Under the namespace's default deny, a service reaches outside the cluster only where a policy opens it: the
 * nurturing service's webhooks to marketing's automation over HTTPS, the hand-off service's e-mail over SMTP
 * submission; both only to public addresses, never to cluster or private ones.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EgressTest {

    private static final String PUBLIC = "203.0.113.25";
    private static final List<String> PRIVATE = List.of("10.12.0.7", "172.20.1.1", "192.168.4.2", "169.254.169.254");

    private static Manifests production;

    @BeforeAll
    static void render() {
        production = Manifests.parse(Kustomize.render("production"));
    }

    @Test
    void the_nurturing_service_reaches_marketings_webhook_over_https_on_public_addresses_only() {
        assertThat(allows("nurturing-service", PUBLIC, 443)).isTrue();
        PRIVATE.forEach(address -> assertThat(allows("nurturing-service", address, 443))
                .as(address)
                .isFalse());
        assertThat(allows("nurturing-service", PUBLIC, 80)).as("plain HTTP").isFalse();
    }

    @Test
    void the_handoff_service_sends_e_mail_over_smtp_submission_on_public_addresses_only() {
        assertThat(allows("handoff-service", PUBLIC, 587))
                .as("submission with STARTTLS")
                .isTrue();
        assertThat(allows("handoff-service", PUBLIC, 465)).as("SMTPS").isTrue();
        assertThat(allows("handoff-service", PUBLIC, 25)).as("plain port 25").isFalse();
        PRIVATE.forEach(address ->
                assertThat(allows("handoff-service", address, 587)).as(address).isFalse());
    }

    @Test
    void the_other_services_reach_no_public_address_on_those_ports() {
        for (String service : List.of("ingestion-service", "scoring-service", "console")) {
            for (int port : List.of(443, 587, 465)) {
                assertThat(allows(service, PUBLIC, port))
                        .as(service + " to " + port)
                        .isFalse();
            }
        }
    }

    /** Whether any egress rule of a policy selecting the workload's pods lets them open TCP {@code port} there. */
    private static boolean allows(String workload, String address, int port) {
        Deployment deployment = production.deployments().stream()
                .filter(d -> d.getMetadata().getName().equals(workload))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + workload));
        Map<String, String> pod =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        return production.ofType(NetworkPolicy.class).stream()
                .filter(policy -> Manifests.sameNamespace(policy, deployment))
                .map(NetworkPolicy::getSpec)
                .filter(spec ->
                        spec.getPolicyTypes() != null && spec.getPolicyTypes().contains("Egress"))
                .filter(spec -> LabelSelectors.matches(spec.getPodSelector(), pod))
                .flatMap(spec -> spec.getEgress() == null ? java.util.stream.Stream.empty() : spec.getEgress().stream())
                .anyMatch(rule -> opensPort(rule, port) && reaches(rule, address));
    }

    private static boolean opensPort(NetworkPolicyEgressRule rule, int port) {
        if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort open : rule.getPorts()) {
            boolean tcp = open.getProtocol() == null || open.getProtocol().equals("TCP");
            if (open.getPort() == null) {
                return tcp;
            }
            int from = open.getPort().getIntVal() == null ? -1 : open.getPort().getIntVal();
            int to = open.getEndPort() == null ? from : open.getEndPort();
            if (tcp && from <= port && port <= to) {
                return true;
            }
        }
        return false;
    }

    /** An external address is reached by a rule without peers, or by an ipBlock holding it outside its exceptions. */
    private static boolean reaches(NetworkPolicyEgressRule rule, String address) {
        if (rule.getTo() == null || rule.getTo().isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : rule.getTo()) {
            IPBlock block = peer.getIpBlock();
            if (block != null
                    && Cidr.contains(block.getCidr(), address)
                    && (block.getExcept() == null
                            || block.getExcept().stream().noneMatch(except -> Cidr.contains(except, address)))) {
                return true;
            }
        }
        return false;
    }
}
