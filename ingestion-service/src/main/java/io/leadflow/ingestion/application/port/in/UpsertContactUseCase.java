package io.leadflow.ingestion.application.port.in;

/**
 * Creates or updates a person's profile and announces the full current profile when it changed. Linking an identity
 * publishes that visitor's earlier anonymous engagements as the lead's.
 */
public interface UpsertContactUseCase {

    ContactView upsertContact(UpsertContactCommand command);
}
