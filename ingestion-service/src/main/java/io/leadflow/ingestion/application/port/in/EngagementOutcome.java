package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.InvalidValueException;

/** What became of one engagement of a batch: recorded (perhaps before), or refused with the field and rule. */
public record EngagementOutcome(RecordedEngagement recorded, InvalidValueException refusal) {

    public EngagementOutcome {
        if ((recorded == null) == (refusal == null)) {
            throw new IllegalArgumentException("an outcome is either recorded or refused");
        }
    }

    public static EngagementOutcome recorded(RecordedEngagement recorded) {
        return new EngagementOutcome(recorded, null);
    }

    public static EngagementOutcome refused(InvalidValueException refusal) {
        return new EngagementOutcome(null, refusal);
    }

    public boolean isRecorded() {
        return recorded != null;
    }
}
