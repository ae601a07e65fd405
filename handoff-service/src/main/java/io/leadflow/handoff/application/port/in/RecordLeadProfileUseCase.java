package io.leadflow.handoff.application.port.in;

/**
 * Keeps the newest profile of a lead, whatever order profiles arrive in, and brings a not-yet-delivered
 * notification up to date when the profile arrives after the assignment.
 */
public interface RecordLeadProfileUseCase {

    void recordLeadProfile(RecordLeadProfileCommand command);
}
