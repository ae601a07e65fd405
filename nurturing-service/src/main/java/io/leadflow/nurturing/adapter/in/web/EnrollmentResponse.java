package io.leadflow.nurturing.adapter.in.web;

/** A lead's enrolment: status, track, and the rejection (reason code, note, rep) that put it there. */
public record EnrollmentResponse(
        String leadId,
        String status,
        TrackRefResponse track,
        String reason,
        String note,
        String rejectedBy,
        String enrolledAt,
        String stage) {
}
