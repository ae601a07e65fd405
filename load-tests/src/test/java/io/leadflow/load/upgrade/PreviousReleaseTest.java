package io.leadflow.load.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which previous release a rolling upgrade starts from, and what it says when that release cannot be had. */
class PreviousReleaseTest {

    @TempDir
    Path repository;

    @Test
    void the_recorded_release_is_a_full_commit_id_that_precedes_the_current_one() throws Exception {
        String first = commit("the first release");
        commit("the next change");
        record(first);

        PreviousRelease release = PreviousRelease.recordedIn(repository);

        assertThat(release.commit()).isEqualTo(first);
        assertThat(release.directory()).isEqualTo(repository.resolve("load-tests/target/previous-release/" + first));
    }

    @Test
    void a_release_missing_from_the_clone_is_refused_with_how_to_fetch_it() throws Exception {
        commit("the only commit");
        record("0123456789abcdef0123456789abcdef01234567");

        assertThatThrownBy(() -> PreviousRelease.recordedIn(repository))
                .hasMessageContaining("is not in this clone")
                .hasMessageContaining("git fetch --unshallow");
    }

    @Test
    void a_release_that_is_not_an_ancestor_is_refused() throws Exception {
        commit("the base");
        git("checkout", "-q", "-b", "side");
        String side = commit("a change on a side branch");
        git("checkout", "-q", "-");
        commit("main moves on");
        record(side);

        assertThatThrownBy(() -> PreviousRelease.recordedIn(repository))
                .hasMessageContaining("not an ancestor of HEAD");
    }

    @Test
    void an_abbreviated_or_missing_record_is_refused() throws Exception {
        commit("the only commit");

        assertThatThrownBy(() -> PreviousRelease.recordedIn(repository))
                .hasMessageContaining("no previous release recorded");
        record("3629f74c");
        assertThatThrownBy(() -> PreviousRelease.recordedIn(repository)).hasMessageContaining("full commit id");
    }

    private void record(String commit) throws IOException {
        Path file = repository.resolve(PreviousRelease.RECORD);
        Files.createDirectories(file.getParent());
        Files.writeString(file, commit + "\n");
    }

    private String commit(String message) throws Exception {
        if (!Files.isDirectory(repository.resolve(".git"))) {
            git("init", "-q", "-b", "main");
        }
        git(
                "-c",
                "user.name=LeadFlow",
                "-c",
                "user.email=build@leadflow.example",
                "commit",
                "-q",
                "--allow-empty",
                "-m",
                message);
        return git("rev-parse", "HEAD");
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
