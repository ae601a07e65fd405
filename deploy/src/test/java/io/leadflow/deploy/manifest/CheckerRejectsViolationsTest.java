package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each check is shown to fail: a fixture built to break exactly one rule must be rejected by that rule
 * with a message naming the problem, and the valid fixture must pass them all. Without this, a check
 * that selects nothing (a wrong kind, a wrong label) would pass the real overlays vacuously.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckerRejectsViolationsTest {

    @Test
    void a_manifest_set_that_breaks_no_rule_passes_every_check() {
        assertThat(ManifestChecker.violations(Manifests.fixture("valid.yaml"))).isEmpty();
    }

    /** fixture | the check it breaks | what the violation must say. */
    private static final List<String[]> VIOLATIONS = """
            unknown-field.yaml       | unknown-fields             | unknown field(s) [readinesProbe]
            no-resources.yaml        | resources                  | no memory limit
            missing-probe.yaml       | probes                     | no startup probe
            missing-probe.yaml       | probes                     | readiness probe is not an HTTP GET on /actuator
            runs-as-root.yaml        | security                   | may run as root
            writable-root.yaml       | security                   | writable root filesystem
            latest-image.yaml        | images                     | uses the tag latest
            untagged-image.yaml      | images                     | has no tag
            no-pdb.yaml              | disruption-budgets         | no PodDisruptionBudget selects its pods
            no-hpa.yaml              | autoscalers                | 0 HorizontalPodAutoscalers target it
            no-network-policy.yaml   | policy-per-deployment      | no NetworkPolicy of its own selects its pods
            no-default-deny.yaml     | default-deny               | no default-deny NetworkPolicy
            service-open.yaml        | services-only-from-gateway | reachable from outside the gateway
            gateway-open.yaml        | gateway-only-from-ingress  | reachable from outside a named namespace
            """.lines()
            .map(line -> line.split("\\|"))
            .map(cells -> Stream.of(cells).map(String::strip).toArray(String[]::new))
            .toList();

    static Stream<Arguments> violations() {
        return VIOLATIONS.stream().map(row -> Arguments.of((Object[]) row));
    }

    @ParameterizedTest(name = "{0} is rejected by the {1} check: {2}")
    @MethodSource("violations")
    void a_fixture_that_breaks_one_rule_is_rejected_by_that_rule(String fixture, String check, String message) {
        assertThat(ManifestChecker.run(check, Manifests.fixture(fixture)))
                .as("violations of %s in %s", check, fixture)
                .anyMatch(violation -> violation.contains(message));
    }

    @Test
    void every_check_has_a_fixture_that_breaks_it() {
        assertThat(VIOLATIONS.stream().map(row -> row[1])).containsAll(ManifestChecker.CHECKS.keySet());
    }

    @Test
    void a_service_open_to_every_pod_and_every_namespace_is_reported_for_both() {
        assertThat(ManifestChecker.run("services-only-from-gateway", Manifests.fixture("service-open.yaml")))
                .hasSize(2)
                .allMatch(violation -> violation.startsWith("Deployment/orders-service"));
    }

    @Test
    void a_gateway_open_to_every_address_is_not_mistaken_for_a_service() {
        assertThat(ManifestChecker.run("services-only-from-gateway", Manifests.fixture("gateway-open.yaml")))
                .isEmpty();
    }
}
