package io.leadflow.load.upgrade;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The previous release: the commit recorded in {@code load-tests/previous-release} (the full id of the last released
 * main commit, an ancestor of the current one) and its four service jars, built once per commit in a git worktree
 * under {@code load-tests/target/previous-release/<commit>} with the same local Maven repository, offline. A second
 * run finds the jars there and builds nothing.
 */
public final class PreviousRelease {

    /** The modules a rolling upgrade replaces; the gateway and identity provider are not part of it. */
    public static final List<String> MODULES =
            List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service");

    static final String RECORD = "load-tests/previous-release";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private final Path home;
    private final String commit;

    private PreviousRelease(Path home, String commit) {
        this.home = home;
        this.commit = commit;
    }

    /**
     * The release recorded in the repository at {@code home}; fails with what to do when the record or the commit is
     * missing (a shallow clone) or the commit is not an ancestor of the checked-out one.
     */
    public static PreviousRelease recordedIn(Path home) {
        Path record = home.resolve(RECORD);
        String commit;
        try {
            commit = Files.readString(record, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("no previous release recorded: " + record + " is missing", e);
        }
        if (!commit.matches("[0-9a-f]{40}")) {
            throw new IllegalStateException(record + " must hold a full commit id, not '" + commit + "'");
        }
        if (run(home, List.of("git", "cat-file", "-e", commit + "^{commit}"), Duration.ofSeconds(30), null) != 0) {
            throw new IllegalStateException("the previous release " + commit + " is not in this clone (a shallow "
                    + "clone?): fetch the history, e.g. git fetch --unshallow, or git fetch origin " + commit);
        }
        if (run(home, List.of("git", "merge-base", "--is-ancestor", commit, "HEAD"), Duration.ofSeconds(30), null)
                != 0) {
            throw new IllegalStateException("the previous release " + commit + " is not an ancestor of HEAD");
        }
        return new PreviousRelease(home, commit);
    }

    public String commit() {
        return commit;
    }

    /** Where its worktree and jars are kept. */
    public Path directory() {
        return home.resolve("load-tests/target/previous-release").resolve(commit);
    }

    /**
     * Its service jars by module, built now when they are not there yet (the build's output goes to {@code log}
     * only when it fails); {@code mavenRepository} is the local repository the current build uses.
     */
    public Map<String, Path> jars(Path mavenRepository, PrintStream log) {
        Map<String, Path> jars = existingJars();
        if (jars.size() == MODULES.size()) {
            log.println("previous release " + commit + ": jars already built in " + directory());
            return jars;
        }
        Instant started = Instant.now();
        Path worktree = directory();
        if (!Files.isDirectory(worktree.resolve(".git")) && !Files.isRegularFile(worktree.resolve(".git"))) {
            run(home, List.of("git", "worktree", "prune"), Duration.ofSeconds(30), null);
            Path out = worktree.resolveSibling(commit + ".log");
            if (run(
                            home,
                            List.of("git", "worktree", "add", "--force", "--detach", worktree.toString(), commit),
                            Duration.ofMinutes(2),
                            out)
                    != 0) {
                throw new IllegalStateException("cannot check out " + commit + " into " + worktree + ":\n" + tail(out));
            }
        }
        Path out = worktree.resolveSibling(commit + "-build.log");
        List<String> build = new ArrayList<>(List.of(
                "./mvnw",
                "-B",
                "-ntp",
                "-o",
                "-q",
                "package",
                "-DskipTests",
                "-Dmaven.repo.local=" + mavenRepository,
                "-pl",
                String.join(",", MODULES),
                "-am"));
        log.println("previous release " + commit + ": building " + String.join(", ", MODULES) + " in " + worktree);
        if (run(worktree, build, BUILD_TIMEOUT, out) != 0) {
            throw new IllegalStateException(
                    "the previous release " + commit + " did not build (" + out + "):\n" + tail(out));
        }
        jars = existingJars();
        if (jars.size() != MODULES.size()) {
            throw new IllegalStateException("the previous release's build made no exec jar for every module: " + jars);
        }
        log.printf(
                "previous release %s: built in %d s%n",
                commit, Duration.between(started, Instant.now()).toSeconds());
        return jars;
    }

    private Map<String, Path> existingJars() {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String module : MODULES) {
            Path target = directory().resolve(module).resolve("target");
            if (!Files.isDirectory(target)) {
                continue;
            }
            try (Stream<Path> files = Files.list(target)) {
                files.filter(f -> f.getFileName().toString().endsWith("-exec.jar"))
                        .findFirst()
                        .ifPresent(jar -> jars.put(module, jar));
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + target, e);
            }
        }
        return jars;
    }

    /** Runs a command in {@code dir}, its output to {@code out} (or discarded); its exit status, -1 on a timeout. */
    private static int run(Path dir, List<String> command, Duration timeout, Path out) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        try {
            if (out == null) {
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            } else {
                Files.createDirectories(out.getParent());
                builder.redirectOutput(out.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static String tail(Path out) {
        try {
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
