package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.UUID;

/**
 * A track's step as it applies to one enrolled lead: due at a fixed time, sent once. The id doubles as the id of
 * the message to marketing's automation tool, so that a resend is recognised there.
 */
public record ScheduledStep(
        UUID id,
        UUID enrollmentId,
        LeadId leadId,
        int position,
        String name,
        String content,
        Instant dueAt,
        StepStatus status,
        Instant sentAt) {

    public ScheduledStep {
        if (id == null
                || enrollmentId == null
                || leadId == null
                || name == null
                || content == null
                || dueAt == null
                || status == null
                || position < 1) {
            throw new InvalidValueException("step", "step.incomplete", "a scheduled step is incomplete");
        }
        if ((status == StepStatus.SENT) != (sentAt != null)) {
            throw new InvalidValueException("sentAt", "step.sentAt", "a step has a send time exactly when sent");
        }
    }

    static ScheduledStep pending(UUID enrollmentId, LeadId leadId, int position, TrackStep step, Instant dueAt) {
        return new ScheduledStep(
                UUID.randomUUID(),
                enrollmentId,
                leadId,
                position,
                step.name(),
                step.content(),
                dueAt,
                StepStatus.SCHEDULED,
                null);
    }

    public ScheduledStep sent(Instant now) {
        if (status != StepStatus.SCHEDULED) {
            throw new IllegalStateException("step " + id + " is " + status + ", not scheduled");
        }
        return new ScheduledStep(id, enrollmentId, leadId, position, name, content, dueAt, StepStatus.SENT, now);
    }
}
