package io.leadflow.console.application.port.out;

import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import io.leadflow.console.application.ScoringModelSummary;
import java.time.Instant;
import java.util.List;

/**
 * The scoring service's models as the caller may use them (marketing and admins, by the access matrix). Documents
 * travel as YAML text, so the service's problems can point at the lines the person wrote.
 */
public interface ScoringModelApi {

    List<ScoringModelSummary> models(Caller caller);

    ScoringModelSummary model(Caller caller, String modelId);

    ModelVersion version(Caller caller, String modelId, int version);

    /** A new draft version of the model from the YAML text. */
    ModelVersion addDraft(Caller caller, String modelId, String yaml);

    /** Replaces an existing draft; the service refuses a published or archived version. */
    ModelVersion replaceDraft(Caller caller, String modelId, int version, String yaml);

    BacktestResult backtest(Caller caller, String modelId, int version, Instant from, Instant to);

    Rescoring publish(Caller caller, String modelId, int version);
}
