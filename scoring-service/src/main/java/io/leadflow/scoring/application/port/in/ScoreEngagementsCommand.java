package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.util.List;

/** Engagements of any leads that arrived together (one message); each keeps its own event id. */
public record ScoreEngagementsCommand(List<ScoreEngagementCommand> engagements) {

    public ScoreEngagementsCommand {
        Require.present(engagements, "engagements");
        if (engagements.isEmpty()) {
            throw new InvalidValueException("engagements", "engagements.required", "at least one engagement");
        }
        engagements = List.copyOf(engagements);
    }
}
