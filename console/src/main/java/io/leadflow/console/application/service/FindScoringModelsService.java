package io.leadflow.console.application.service;

import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.ScoringModelDetail;
import io.leadflow.console.application.ScoringModelSummary;
import io.leadflow.console.application.port.in.FindScoringModelsQuery;
import io.leadflow.console.application.port.out.ScoringModelApi;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class FindScoringModelsService implements FindScoringModelsQuery {

    private final ScoringModelApi api;

    FindScoringModelsService(ScoringModelApi api) {
        this.api = api;
    }

    @Override
    public List<ScoringModelSummary> models(Caller caller) {
        return api.models(caller).stream()
                .sorted(Comparator.comparing(ScoringModelSummary::modelId))
                .toList();
    }

    /** The model, its published version's YAML and the newest draft's, for editing; absent ones are null. */
    @Override
    public ScoringModelDetail model(Caller caller, String modelId) {
        ScoringModelSummary model = api.model(caller, modelId);
        ModelVersion published =
                model.publishedVersion() == null ? null : api.version(caller, modelId, model.publishedVersion());
        ModelVersion draft = model.latestDraft()
                .map(version -> api.version(caller, modelId, version.version()))
                .orElse(null);
        return new ScoringModelDetail(model, published, draft);
    }

    @Override
    public BacktestResult backtest(Caller caller, String modelId, int version, Instant from, Instant to) {
        return api.backtest(caller, modelId, version, from, to);
    }
}
