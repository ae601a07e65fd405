package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import io.leadflow.console.application.ScoringModelSummary;
import io.leadflow.console.application.port.out.ScoringModelApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The scoring service's {@code /api/v1/scoring-models}, called as the person; drafts are sent as YAML text. */
@Component
class RestClientScoringModelApi implements ScoringModelApi {

    private static final String MODELS = "/api/v1/scoring-models";
    private static final String VERSION = MODELS + "/{modelId}/versions/{version}";
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final ParameterizedTypeReference<List<ScoringModelBody>> LIST =
            new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientScoringModelApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<ScoringModelSummary> models(Caller caller) {
        List<ScoringModelBody> answer = gateway.get(caller, MODELS, LIST);
        return answer == null
                ? List.of()
                : answer.stream().map(ScoringModelBody::toSummary).toList();
    }

    @Override
    public ScoringModelSummary model(Caller caller, String modelId) {
        return gateway.get(caller, MODELS + "/{modelId}", ScoringModelBody.class, modelId)
                .toSummary();
    }

    @Override
    public ModelVersion version(Caller caller, String modelId, int version) {
        return gateway.get(caller, VERSION, ModelVersionBody.class, modelId, version)
                .toVersion();
    }

    @Override
    public ModelVersion addDraft(Caller caller, String modelId, String yaml) {
        return gateway.sendText(
                        caller,
                        HttpMethod.POST,
                        MODELS + "/{modelId}/versions",
                        yaml,
                        YAML,
                        ModelVersionBody.class,
                        modelId)
                .toVersion();
    }

    @Override
    public ModelVersion replaceDraft(Caller caller, String modelId, int version, String yaml) {
        return gateway.sendText(caller, HttpMethod.PUT, VERSION, yaml, YAML, ModelVersionBody.class, modelId, version)
                .toVersion();
    }

    @Override
    public BacktestResult backtest(Caller caller, String modelId, int version, Instant from, Instant to) {
        return gateway.send(
                        caller,
                        HttpMethod.POST,
                        VERSION + "/backtest",
                        Map.of("from", from.toString(), "to", to.toString()),
                        BacktestBody.class,
                        modelId,
                        version)
                .toResult();
    }

    @Override
    public Rescoring publish(Caller caller, String modelId, int version) {
        return gateway.send(caller, HttpMethod.POST, VERSION + "/publish", null, RescoringBody.class, modelId, version)
                .toRescoring();
    }
}
