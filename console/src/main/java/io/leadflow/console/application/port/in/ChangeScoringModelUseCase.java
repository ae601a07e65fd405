package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import org.jspecify.annotations.Nullable;

/**
 * Marketing changes how leads are scored: write a draft as YAML, then publish it (every lead is re-scored). The
 * scoring service checks the document; its refusal names the lines at fault.
 */
public interface ChangeScoringModelUseCase {

    /** Saves the YAML as the given draft version, or as a new draft when {@code draftVersion} is null. */
    ModelVersion saveDraft(Caller caller, String modelId, @Nullable Integer draftVersion, String yaml);

    Rescoring publish(Caller caller, String modelId, int version);
}
