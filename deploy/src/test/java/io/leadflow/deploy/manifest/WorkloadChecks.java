package io.leadflow.deploy.manifest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Per-container rules a reviewer would reject a pod for: no resource bounds (the scheduler and the HPA
 * need requests, the node needs limits), missing probes, anything that lets the process run as root or
 * write to its image, and images that are not pinned to a version.
 */
final class WorkloadChecks {

    private WorkloadChecks() {}

    static List<String> resources(Manifests manifests) {
        return eachContainer(manifests, true, (where, c, out) -> {
            ResourceRequirements r = c.getResources();
            for (String kind : List.of("cpu", "memory")) {
                if (r == null || !has(r.getRequests(), kind)) {
                    out.add(where + ": no " + kind + " request");
                }
                if (r == null || !has(r.getLimits(), kind)) {
                    out.add(where + ": no " + kind + " limit");
                }
            }
        });
    }

    static List<String> probes(Manifests manifests) {
        return eachContainer(manifests, false, (where, c, out) -> {
            if (c.getStartupProbe() == null) {
                out.add(where + ": no startup probe");
            }
            requirePath(where, "liveness", c.getLivenessProbe(), "/actuator/health/liveness", out);
            requirePath(where, "readiness", c.getReadinessProbe(), "/actuator/health/readiness", out);
        });
    }

    static List<String> security(Manifests manifests) {
        return eachContainer(manifests, true, (where, c, out) -> {
            PodSecurityContext pod = podOf(manifests, where).getSecurityContext();
            SecurityContext own = c.getSecurityContext();
            Optional<PodSecurityContext> p = Optional.ofNullable(pod);
            Optional<SecurityContext> s = Optional.ofNullable(own);
            Boolean nonRoot = s.map(SecurityContext::getRunAsNonRoot)
                    .orElse(p.map(PodSecurityContext::getRunAsNonRoot).orElse(null));
            Long user = s.map(SecurityContext::getRunAsUser)
                    .orElse(p.map(PodSecurityContext::getRunAsUser).orElse(null));
            if (!Boolean.TRUE.equals(nonRoot) || user == null || user == 0L) {
                out.add(where + ": may run as root (needs runAsNonRoot: true and a non-zero runAsUser)");
            }
            if (!s.map(SecurityContext::getReadOnlyRootFilesystem).orElse(false)) {
                out.add(where + ": writable root filesystem (needs readOnlyRootFilesystem: true)");
            }
            if (s.map(SecurityContext::getAllowPrivilegeEscalation).orElse(true)
                    || s.map(SecurityContext::getPrivileged).orElse(false)) {
                out.add(where + ": may escalate privileges (needs allowPrivilegeEscalation: false)");
            }
            boolean dropsAll = s.map(SecurityContext::getCapabilities)
                    .map(caps -> caps.getDrop() != null && caps.getDrop().contains("ALL"))
                    .orElse(false);
            if (!dropsAll) {
                out.add(where + ": capabilities not dropped (needs drop: [ALL])");
            }
            SeccompProfile seccomp = s.map(SecurityContext::getSeccompProfile)
                    .orElse(p.map(PodSecurityContext::getSeccompProfile).orElse(null));
            if (seccomp == null || !List.of("RuntimeDefault", "Localhost").contains(seccomp.getType())) {
                out.add(where + ": no seccomp profile (needs RuntimeDefault)");
            }
        });
    }

    static List<String> images(Manifests manifests) {
        return eachContainer(manifests, true, (where, c, out) -> {
            String image = c.getImage();
            if (image == null || image.isBlank()) {
                out.add(where + ": no image");
                return;
            }
            if (image.contains("@sha256:")) {
                return; // pinned by digest
            }
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            int colon = lastSegment.indexOf(':');
            if (colon < 0) {
                out.add(where + ": image " + image + " has no tag");
            } else if (lastSegment.substring(colon + 1).equals("latest")) {
                out.add(where + ": image " + image + " uses the tag latest");
            }
        });
    }

    private static void requirePath(String where, String name, Probe probe, String path, List<String> out) {
        if (probe == null) {
            out.add(where + ": no " + name + " probe");
        } else if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            out.add(where + ": " + name + " probe is not an HTTP GET on " + path);
        }
    }

    private static boolean has(Map<String, Quantity> quantities, String kind) {
        return quantities != null && quantities.get(kind) != null;
    }

    private static PodSpec podOf(Manifests manifests, String where) {
        String owner = where.substring(0, where.indexOf(" container "));
        return manifests.podTemplates().get(owner).getSpec();
    }

    /** Runs {@code rule} on every container ({@code withInit}: and init container) of every pod template. */
    private static List<String> eachContainer(Manifests manifests, boolean withInit, ContainerRule rule) {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, PodTemplateSpec> template :
                manifests.podTemplates().entrySet()) {
            PodSpec spec = template.getValue().getSpec();
            Stream<Container> containers = spec.getContainers().stream();
            if (withInit && spec.getInitContainers() != null) {
                containers = Stream.concat(containers, spec.getInitContainers().stream());
            }
            containers.forEach(c -> rule.check(template.getKey() + " container " + c.getName(), c, violations));
        }
        return violations;
    }

    /** One rule applied to one container, adding any violation to {@code out}. */
    @FunctionalInterface
    private interface ContainerRule {
        void check(String where, Container container, List<String> out);
    }
}
