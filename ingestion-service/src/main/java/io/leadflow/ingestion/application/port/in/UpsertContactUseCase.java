package io.leadflow.ingestion.application.port.in;

/**
 * Creates or updates a person's profile and announces the full current profile when it changed. Linking an identity
 * publishes that visitor's earlier anonymous engagements as the lead's.
 */
public interface UpsertContactUseCase {

    ContactView upsertContact(UpsertContactCommand command);

    /**
     * Creates the contact with every change, or fills only the attributes a known contact has no value for: what it
     * already has is kept, never overwritten or removed. A browser write key's identify goes this way.
     */
    FilledContact fillContact(UpsertContactCommand command);
}
