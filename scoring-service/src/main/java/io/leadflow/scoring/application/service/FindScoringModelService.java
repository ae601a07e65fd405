package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.in.RescoringView;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindScoringModelService implements FindScoringModelQuery {

    private final ScoringModelRepository models;
    private final RescoringJobs rescoring;

    FindScoringModelService(Ports ports) {
        this.models = ports.models();
        this.rescoring = ports.rescoring();
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<ModelVersionView>> models() {
        return models.modelIds().stream().map(models::versions).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelVersionView> versions(String modelId) {
        List<ModelVersionView> versions = models.versions(modelId);
        if (versions.isEmpty()) {
            throw new ModelNotFoundException(modelId, null);
        }
        return versions;
    }

    @Override
    @Transactional(readOnly = true)
    public ModelVersionView version(String modelId, int version) {
        return models.find(modelId, version).orElseThrow(() -> new ModelNotFoundException(modelId, version));
    }

    @Override
    @Transactional(readOnly = true)
    public RescoringView rescoring(String modelId, int version) {
        ModelVersionView found = version(modelId, version);
        // a version published without a run (the seeded default) has nothing to re-score: shown as done
        return rescoring
                .latest(modelId, version)
                .orElseGet(() ->
                        new RescoringView(0, modelId, version, 0, 0, null, found.publishedAt(), found.publishedAt()));
    }
}
