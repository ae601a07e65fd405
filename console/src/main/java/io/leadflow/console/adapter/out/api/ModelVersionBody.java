package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.ModelVersion;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Scoring's {@code ModelVersionResponse}; the document (stored as JSON) is shown and edited as block YAML. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ModelVersionBody(
        String modelId,
        int version,
        String status,
        @Nullable Object document) {

    ModelVersion toVersion() {
        return new ModelVersion(modelId, version, status, document == null ? "" : yaml(document));
    }

    static String yaml(Object document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        return new Yaml(options).dump(document);
    }
}
