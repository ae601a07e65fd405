package io.leadflow.nurturing.adapter.in.web;

import java.util.List;

/**
 * A lead's enrolment: status, track, the rejection (reason code, note, rep) that put it there (null for a lead
 * enrolled below the threshold), its steps, its recycle count and its history over every cycle, oldest first.
 */
public record EnrollmentResponse(
        String leadId,
        String status,
        TrackRefResponse track,
        String source,
        String reason,
        String note,
        String rejectedBy,
        String enrolledAt,
        String stage,
        String endedAt,
        String exitTrigger,
        List<StepResponse> steps,
        int recycleCount,
        List<String> history) {

    /** One of the enrolment's steps; {@code sentAt} is null until sent. */
    public record StepResponse(int position, String name, String dueAt, String status, String sentAt) {}
}
