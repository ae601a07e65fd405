package io.leadflow.deploy.manifest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay exactly as a user would ({@code kubectl kustomize}), so the tests check what would
 * be applied rather than the source files. A missing kubectl is a failure, not a skip: a skipped check
 * would let broken manifests through unnoticed.
 */
final class Kustomize {

    private static final Path DEFAULT_KUBECTL = Path.of("/usr/bin/kubectl");

    private Kustomize() {}

    /** The rendered YAML of {@code deploy/k8s/overlays/<overlay>}. */
    static String render(String overlay) {
        Path root = repositoryRoot();
        Path dir = root.resolve("deploy/k8s/overlays").resolve(overlay);
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("no overlay at " + dir);
        }
        ProcessBuilder builder = new ProcessBuilder(
                        kubectl().toString(), "kustomize", root.relativize(dir).toString())
                .directory(root.toFile())
                .redirectErrorStream(false);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + overlay + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay + " failed (" + process.exitValue() + "): "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run kubectl: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + overlay, e);
        }
    }

    /**
     * The repository root: {@code leadflow.home} under failsafe; under surefire the working directory is
     * the module ({@code deploy/}), and from an IDE it may be the root itself, so walk up until
     * {@code deploy/k8s} appears.
     */
    static Path repositoryRoot() {
        String home = System.getProperty("leadflow.home");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home, "deploy", "k8s"))) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy").resolve("k8s"))) {
                return dir.normalize();
            }
        }
        throw new AssertionError("cannot find the repository root (a directory holding deploy/k8s) above "
                + Path.of("").toAbsolutePath() + "; set -Dleadflow.home");
    }

    /** kubectl: {@code -Dleadflow.kubectl}, then {@code /usr/bin/kubectl}, then the PATH. */
    static Path kubectl() {
        return findKubectl(System.getProperty("leadflow.kubectl"), DEFAULT_KUBECTL, System.getenv("PATH"));
    }

    /** The lookup behind {@link #kubectl()}, with its inputs explicit so a test can make kubectl missing. */
    static Path findKubectl(String configured, Path defaultPath, String pathVariable) {
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        if (Files.isExecutable(defaultPath)) {
            return defaultPath;
        }
        if (pathVariable != null) {
            for (String entry : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(entry.isEmpty() ? "." : entry, "kubectl");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("kubectl is required to render the Kustomize overlays but was found neither at "
                + defaultPath + " nor on the PATH; install kubectl (1.27+) or pass -Dleadflow.kubectl=/path");
    }
}
