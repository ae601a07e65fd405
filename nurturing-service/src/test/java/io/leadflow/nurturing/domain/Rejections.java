package io.leadflow.nurturing.domain;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.UUID;

/** Test data: {@code aRejection().because(TIMING).build()}. */
public final class Rejections {

    public static final Instant REJECTED_AT = Instant.parse("2026-11-02T09:30:00Z");

    private UUID id = UUID.randomUUID();
    private LeadId leadId = LeadId.newId();
    private RejectionReason reason = RejectionReason.TIMING;
    private String note = "asked us to call back after their budget cycle";
    private String rejectedBy = "rep-17";

    private Rejections() {}

    public static Rejections aRejection() {
        return new Rejections();
    }

    public Rejections of(LeadId lead) {
        this.leadId = lead;
        return this;
    }

    public Rejections because(RejectionReason why) {
        this.reason = why;
        return this;
    }

    public Rejections withNote(String text) {
        this.note = text;
        return this;
    }

    public Rejections by(String rep) {
        this.rejectedBy = rep;
        return this;
    }

    public Rejection build() {
        return new Rejection(id, leadId, reason, note, rejectedBy, REJECTED_AT);
    }
}
