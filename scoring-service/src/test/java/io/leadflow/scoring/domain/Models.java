package io.leadflow.scoring.domain;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Test data: the shipped default model, models written inline in YAML, and engagements. */
public final class Models {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Models() {}

    /** The default model exactly as the service seeds it (models/default.yaml). */
    public static ScoringModel defaultModel() {
        try (InputStream in = Models.class.getResourceAsStream("/models/default.yaml")) {
            return ModelDocument.parse(YAML.readValue(in, Object.class), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object document(String yaml) {
        return YAML.readValue(yaml, Object.class);
    }

    public static ScoringModel model(String yaml) {
        return ModelDocument.parse(document(yaml), 1);
    }

    public static Engagement anEngagement(EngagementType type, Instant at) {
        return anEngagement(type, at, Map.of());
    }

    public static Engagement anEngagement(EngagementType type, Instant at, Map<String, String> properties) {
        return new Engagement(UUID.randomUUID(), type, null, Channel.WEBSITE, "web", "spring", properties, at);
    }
}
