package io.leadflow.scoring.domain.predictive;

import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.regex.Pattern;

/** A named predictive model: its versions are trained from the outcomes known at the time. */
public record PredictiveModel(String id, String description, Instant createdAt, String createdBy) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public PredictiveModel {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidValueException(
                    "id", "id.format", "a model id is 1 to 63 lower-case letters, digits and dashes");
        }
        if (description != null && description.length() > 500) {
            throw new InvalidValueException("description", "description.length", "at most 500 characters");
        }
    }
}
