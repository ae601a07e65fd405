package io.leadflow.deploy.manifest;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The network fence: the namespace denies everything by default, every Deployment has its own policy,
 * and the services' API ports are reachable from the gateway pods only (the gateway is the one door).
 * The management port (probes, Prometheus) may be opened to a namespace, never to any address.
 */
final class NetworkChecks {

    static final String GATEWAY = "gateway";
    private static final String NAME = "app.kubernetes.io/name";
    private static final String MANAGEMENT_PORT = "management";

    private NetworkChecks() {}

    static List<String> defaultDeny(Manifests manifests) {
        boolean present = manifests.ofType(NetworkPolicy.class).stream()
                .map(NetworkPolicy::getSpec)
                .anyMatch(spec -> LabelSelectors.isEmpty(spec.getPodSelector())
                        && spec.getPolicyTypes() != null
                        && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && (spec.getIngress() == null || spec.getIngress().isEmpty())
                        && (spec.getEgress() == null || spec.getEgress().isEmpty()));
        return present
                ? List.of()
                : List.of("no default-deny NetworkPolicy (empty podSelector, "
                        + "policyTypes Ingress and Egress, no rules)");
    }

    static List<String> everyDeploymentHasPolicy(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            boolean selected = manifests.ofType(NetworkPolicy.class).stream()
                    .filter(policy -> Manifests.sameNamespace(policy, deployment))
                    .map(NetworkPolicy::getSpec)
                    .anyMatch(spec -> !LabelSelectors.isEmpty(spec.getPodSelector())
                            && LabelSelectors.matches(spec.getPodSelector(), podLabels(deployment)));
            if (!selected) {
                violations.add(Manifests.id(deployment) + ": no NetworkPolicy of its own selects its pods");
            }
        }
        return violations;
    }

    /** Services (every Deployment but the gateway) take API traffic from gateway pods only. */
    static List<String> servicesOnlyFromGateway(Manifests manifests) {
        List<Map<String, String>> gatewayPods = manifests.deployments().stream()
                .filter(NetworkChecks::isGateway)
                .map(NetworkChecks::podLabels)
                .toList();
        List<Map<String, String>> otherPods = manifests.deployments().stream()
                .filter(d -> !isGateway(d))
                .map(NetworkChecks::podLabels)
                .toList();
        List<String> violations = new ArrayList<>();
        for (Deployment service : manifests.deployments()) {
            if (isGateway(service)) {
                continue;
            }
            for (NetworkPolicy policy : manifests.ofType(NetworkPolicy.class)) {
                NetworkPolicySpec spec = policy.getSpec();
                if (!Manifests.sameNamespace(policy, service)
                        || !LabelSelectors.matches(spec.getPodSelector(), podLabels(service))
                        || spec.getIngress() == null) {
                    continue;
                }
                for (NetworkPolicyIngressRule rule : spec.getIngress()) {
                    String where = Manifests.id(service) + " via " + Manifests.id(policy) + ": ";
                    List<NetworkPolicyPeer> from = rule.getFrom() == null ? List.of() : rule.getFrom();
                    if (from.isEmpty()) {
                        violations.add(where + "reachable from anywhere");
                    } else if (opensApiPort(rule.getPorts(), service)) {
                        from.stream()
                                .filter(peer -> !isGatewayOnly(peer, gatewayPods, otherPods))
                                .forEach(peer -> violations.add(
                                        where + "reachable from outside the gateway: " + describe(peer)));
                    } else {
                        from.stream()
                                .filter(peer -> peer.getIpBlock() != null)
                                .forEach(peer ->
                                        violations.add(where + "management port open to addresses: " + describe(peer)));
                    }
                }
            }
        }
        return violations;
    }

    /**
     * The gateway's API port is open to the ingress controller's namespace, and inside the suite's namespace to the
     * console's pods only (the console calls the API through the gateway), never to addresses.
     */
    static List<String> gatewayOnlyFromIngressController(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Deployment gateway : manifests.deployments().stream()
                .filter(NetworkChecks::isGateway)
                .toList()) {
            for (NetworkPolicy policy : manifests.ofType(NetworkPolicy.class)) {
                NetworkPolicySpec spec = policy.getSpec();
                if (!Manifests.sameNamespace(policy, gateway)
                        || !LabelSelectors.matches(spec.getPodSelector(), podLabels(gateway))
                        || spec.getIngress() == null) {
                    continue;
                }
                for (NetworkPolicyIngressRule rule : spec.getIngress()) {
                    List<NetworkPolicyPeer> from = rule.getFrom() == null ? List.of() : rule.getFrom();
                    String where = Manifests.id(gateway) + " via " + Manifests.id(policy) + ": ";
                    if (from.isEmpty()) {
                        violations.add(where + "reachable from anywhere");
                    }
                    from.stream()
                            .filter(peer -> !isOwnPods(peer))
                            .filter(peer -> peer.getIpBlock() != null
                                    || peer.getNamespaceSelector() == null
                                    || LabelSelectors.isEmpty(peer.getNamespaceSelector()))
                            .forEach(peer -> violations.add(
                                    where + "reachable from outside a named namespace: " + describe(peer)));
                }
            }
        }
        return violations;
    }

    /**
     * A peer in the policy's own namespace that selects LeadFlow's own pods: the console by name (its API calls), or
     * the backend services (they fetch the keys the gateway signs caller tokens with).
     */
    private static boolean isOwnPods(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null
                || peer.getNamespaceSelector() != null
                || peer.getPodSelector() == null
                || peer.getPodSelector().getMatchLabels() == null) {
            return false;
        }
        Map<String, String> labels = peer.getPodSelector().getMatchLabels();
        return "console".equals(labels.get(NAME)) || "backend".equals(labels.get("app.kubernetes.io/component"));
    }

    private static boolean isGatewayOnly(
            NetworkPolicyPeer peer, List<Map<String, String>> gatewayPods, List<Map<String, String>> otherPods) {
        return peer.getIpBlock() == null
                && peer.getNamespaceSelector() == null
                && peer.getPodSelector() != null
                && gatewayPods.stream().anyMatch(labels -> LabelSelectors.matches(peer.getPodSelector(), labels))
                && otherPods.stream().noneMatch(labels -> LabelSelectors.matches(peer.getPodSelector(), labels));
    }

    /** Whether the rule's ports include any container port other than the management port. */
    private static boolean opensApiPort(List<NetworkPolicyPort> ports, Deployment deployment) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        List<ContainerPort> apiPorts = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(c -> c.getPorts() == null ? Stream.empty() : c.getPorts().stream())
                .filter(p -> !MANAGEMENT_PORT.equals(p.getName()))
                .toList();
        return ports.stream()
                .anyMatch(port -> port.getPort() == null || apiPorts.stream().anyMatch(api -> covers(port, api)));
    }

    private static boolean covers(NetworkPolicyPort rule, ContainerPort port) {
        IntOrString value = rule.getPort();
        if (value.getStrVal() != null) {
            return value.getStrVal().equals(port.getName());
        }
        int start = value.getIntVal();
        int end = rule.getEndPort() == null ? start : rule.getEndPort();
        return port.getContainerPort() >= start && port.getContainerPort() <= end;
    }

    /** A peer as a reviewer would read it, without fabric8's null fields. */
    private static String describe(NetworkPolicyPeer peer) {
        List<String> parts = new ArrayList<>();
        if (peer.getIpBlock() != null) {
            parts.add("ipBlock " + peer.getIpBlock().getCidr());
        }
        if (peer.getNamespaceSelector() != null) {
            parts.add("namespaceSelector " + selector(peer.getNamespaceSelector()));
        }
        if (peer.getPodSelector() != null) {
            parts.add("podSelector " + selector(peer.getPodSelector()));
        }
        return String.join(" + ", parts);
    }

    private static String selector(LabelSelector selector) {
        return LabelSelectors.isEmpty(selector)
                ? "{} (all)"
                : String.valueOf(selector.getMatchLabels()) + " " + String.valueOf(selector.getMatchExpressions());
    }

    static boolean isGateway(Deployment deployment) {
        return GATEWAY.equals(podLabels(deployment).get(NAME));
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }
}
