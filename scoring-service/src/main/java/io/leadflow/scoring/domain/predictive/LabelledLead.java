package io.leadflow.scoring.domain.predictive;

/**
 * A lead with a known outcome, seen as it stood when the outcome became known: one training or hold-out example.
 *
 * @param leadId the lead, for a fixed order among outcomes at the same instant
 */
public record LabelledLead(String leadId, LeadSnapshot snapshot, Outcome outcome) {}
