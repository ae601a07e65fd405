package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import io.leadflow.console.application.port.out.PredictiveModelApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Scoring's {@code /api/v1/predictive-models}, called as the person. Its answers have the shape of the console's
 * {@link PredictiveModel} and {@link PredictiveVersion} field for field, so they are read into them directly.
 */
@Component
class RestClientPredictiveModelApi implements PredictiveModelApi {

    private static final String MODELS = "/api/v1/predictive-models";
    private static final String VERSION = MODELS + "/{modelId}/versions/{version}";
    private static final ParameterizedTypeReference<List<PredictiveModel>> LIST = new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientPredictiveModelApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<PredictiveModel> models(Caller caller) {
        List<PredictiveModel> answer = gateway.get(caller, MODELS, LIST);
        return answer == null ? List.of() : answer;
    }

    @Override
    public PredictiveModel model(Caller caller, String modelId) {
        return gateway.get(caller, MODELS + "/{modelId}", PredictiveModel.class, modelId);
    }

    @Override
    public PredictiveVersion version(Caller caller, String modelId, int version) {
        return gateway.get(caller, VERSION, PredictiveVersion.class, modelId, version);
    }

    @Override
    public PredictiveModel create(Caller caller, String modelId, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("id", modelId);
        body.put("description", description.isEmpty() ? null : description);
        return gateway.send(caller, HttpMethod.POST, MODELS, body, PredictiveModel.class);
    }

    @Override
    public PredictiveVersion train(Caller caller, String modelId) {
        return gateway.send(
                caller, HttpMethod.POST, MODELS + "/{modelId}/train", null, PredictiveVersion.class, modelId);
    }

    @Override
    public PredictiveVersion publish(Caller caller, String modelId, int version) {
        return gateway.send(
                caller, HttpMethod.POST, VERSION + "/publish", null, PredictiveVersion.class, modelId, version);
    }

    @Override
    public PredictiveVersion archive(Caller caller, String modelId, int version) {
        return gateway.send(
                caller, HttpMethod.POST, VERSION + "/archive", null, PredictiveVersion.class, modelId, version);
    }
}
