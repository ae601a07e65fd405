package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer must fail loudly rather than skip: a machine without kubectl would otherwise report green
 * manifest tests that never looked at a manifest.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KustomizeTest {

    @Test
    void a_missing_kubectl_fails_with_a_message_saying_how_to_get_one(@TempDir Path empty) {
        assertThatThrownBy(() -> Kustomize.findKubectl(null, empty.resolve("kubectl"), empty.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("kubectl is required")
                .hasMessageContaining("install kubectl");
    }

    @Test
    void kubectl_is_found_on_the_path_when_it_is_not_in_its_usual_place(@TempDir Path bin) throws Exception {
        Path kubectl = Files.createFile(bin.resolve("kubectl"));
        assertThat(kubectl.toFile().setExecutable(true)).isTrue();
        assertThat(Kustomize.findKubectl(null, bin.resolve("absent"), "/nonexistent:" + bin))
                .isEqualTo(kubectl);
    }

    @Test
    void the_repository_root_is_found_from_the_module_directory_surefire_runs_in() {
        assertThat(Kustomize.repositoryRoot().resolve("deploy/k8s/overlays")).isDirectory();
    }

    @Test
    void an_overlay_that_does_not_exist_fails_instead_of_rendering_nothing() {
        assertThatThrownBy(() -> Kustomize.render("no-such-overlay"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no overlay at");
    }
}
