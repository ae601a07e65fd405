package io.leadflow.deploy.manifest;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Deployment must survive a node drain (a PodDisruptionBudget selecting its pods) and follow its
 * load (an autoscaler targeting it); without them a rollout or a spike takes a service down.
 */
final class AvailabilityChecks {

    private AvailabilityChecks() {}

    static List<String> disruptionBudgets(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            boolean covered = manifests.ofType(PodDisruptionBudget.class).stream()
                    .filter(pdb -> Manifests.sameNamespace(pdb, deployment))
                    .filter(pdb -> pdb.getSpec().getMinAvailable() != null
                            || pdb.getSpec().getMaxUnavailable() != null)
                    .anyMatch(pdb -> LabelSelectors.matches(
                            pdb.getSpec().getSelector(),
                            deployment.getSpec().getTemplate().getMetadata().getLabels()));
            if (!covered) {
                violations.add(Manifests.id(deployment) + ": no PodDisruptionBudget selects its pods");
            }
        }
        return violations;
    }

    static List<String> autoscalers(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            List<HorizontalPodAutoscaler> targeting = manifests.ofType(HorizontalPodAutoscaler.class).stream()
                    .filter(hpa -> Manifests.sameNamespace(hpa, deployment))
                    .filter(hpa -> "Deployment"
                                    .equals(hpa.getSpec().getScaleTargetRef().getKind())
                            && deployment
                                    .getMetadata()
                                    .getName()
                                    .equals(hpa.getSpec().getScaleTargetRef().getName()))
                    .toList();
            if (targeting.size() != 1) {
                violations.add(Manifests.id(deployment) + ": " + targeting.size()
                        + " HorizontalPodAutoscalers target it, expected exactly one");
                continue;
            }
            HorizontalPodAutoscaler hpa = targeting.get(0);
            Integer min = hpa.getSpec().getMinReplicas();
            if (min == null || min < 2 || hpa.getSpec().getMaxReplicas() < min) {
                violations.add(Manifests.id(hpa) + ": needs 2 <= minReplicas <= maxReplicas");
            }
            if (hpa.getSpec().getMetrics() == null || hpa.getSpec().getMetrics().isEmpty()) {
                violations.add(Manifests.id(hpa) + ": no metrics to scale on");
            }
        }
        return violations;
    }
}
