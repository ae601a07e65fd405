package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;

/** Reads one lead's stage, score, reasons and timeline: what sales and marketing look at to see why. */
public interface FindLeadQuery {

    /**
     * @throws LeadNotFoundException when scoring has never heard of the lead
     */
    LeadView findLead(LeadId leadId);
}
