package io.leadflow.nurturing.application.port.in;

/**
 * When marketing turned it on, enrols leads that stayed below the qualification threshold for the set time on the
 * track that takes such leads. Run now and then by one replica; a lead is enrolled once whoever runs it.
 */
public interface EnrollDormantLeadsUseCase {

    /** How many leads were enrolled; a full batch means there may be more. */
    int enrollDormantLeads(int batchSize);
}
