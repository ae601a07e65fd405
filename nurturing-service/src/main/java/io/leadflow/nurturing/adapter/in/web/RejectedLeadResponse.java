package io.leadflow.nurturing.adapter.in.web;

/** One rejected lead in marketing's list; {@code track} is null when the lead is on no track. */
public record RejectedLeadResponse(
        String leadId,
        String reason,
        String note,
        String rejectedBy,
        TrackRefResponse track,
        String status,
        String rejectedAt) {}
