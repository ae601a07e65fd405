package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import io.leadflow.console.application.port.in.ChangeScoringModelUseCase;
import io.leadflow.console.application.port.out.ScoringModelApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class ChangeScoringModelService implements ChangeScoringModelUseCase {

    private final ScoringModelApi api;

    ChangeScoringModelService(ScoringModelApi api) {
        this.api = api;
    }

    @Override
    public ModelVersion saveDraft(Caller caller, String modelId, @Nullable Integer draftVersion, String yaml) {
        return draftVersion == null
                ? api.addDraft(caller, modelId, yaml)
                : api.replaceDraft(caller, modelId, draftVersion, yaml);
    }

    @Override
    public Rescoring publish(Caller caller, String modelId, int version) {
        return api.publish(caller, modelId, version);
    }
}
