package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;

/** Which version to try on which period: leads are counted when they would have qualified within [from, to). */
public record BacktestCommand(String modelId, int version, Instant from, Instant to) {

    public BacktestCommand {
        Require.text(modelId, "modelId");
        Require.present(from, "from");
        Require.present(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "period.order", "the period must end after it starts");
        }
    }
}
