package io.leadflow.deploy.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All the rules a rendered overlay must pass, by name, so a test can run one rule against a fixture
 * built to break it, and the overlays against all of them.
 */
final class ManifestChecker {

    static final Map<String, Function<Manifests, List<String>>> CHECKS = checks();

    private ManifestChecker() {}

    /** Every violation of every rule, each prefixed by the rule's name. */
    static List<String> violations(Manifests manifests) {
        List<String> all = new ArrayList<>();
        CHECKS.forEach((name, check) -> check.apply(manifests).forEach(v -> all.add(name + ": " + v)));
        return all;
    }

    static List<String> run(String check, Manifests manifests) {
        Function<Manifests, List<String>> rule = CHECKS.get(check);
        if (rule == null) {
            throw new AssertionError("no check named " + check + "; known: " + CHECKS.keySet());
        }
        return rule.apply(manifests);
    }

    private static Map<String, Function<Manifests, List<String>>> checks() {
        Map<String, Function<Manifests, List<String>>> checks = new LinkedHashMap<>();
        checks.put("unknown-fields", UnknownFields::check);
        checks.put("resources", WorkloadChecks::resources);
        checks.put("probes", WorkloadChecks::probes);
        checks.put("security", WorkloadChecks::security);
        checks.put("images", WorkloadChecks::images);
        checks.put("disruption-budgets", AvailabilityChecks::disruptionBudgets);
        checks.put("autoscalers", AvailabilityChecks::autoscalers);
        checks.put("default-deny", NetworkChecks::defaultDeny);
        checks.put("policy-per-deployment", NetworkChecks::everyDeploymentHasPolicy);
        checks.put("services-only-from-gateway", NetworkChecks::servicesOnlyFromGateway);
        checks.put("gateway-only-from-ingress", NetworkChecks::gatewayOnlyFromIngressController);
        return Collections.unmodifiableMap(checks);
    }
}
