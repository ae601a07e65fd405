package io.leadflow.ingestion.application.port.out;

import io.leadflow.kernel.EmailAddress;
import java.util.List;
import java.util.UUID;

/**
 * What ingestion itself holds about a person: contacts, identities, raw events with their properties, import rows
 * that name them and unsent events. Keyed by the e-mail here, the one service that knows it for every lead.
 */
public interface SubjectData {

    /** Every lead id the person has had (their contact and any lead merged into it). */
    List<UUID> leadsOf(EmailAddress email);

    /** Deletes everything about the person and these leads; returns how many rows. */
    int erase(EmailAddress email, List<UUID> leadIds);

    /** Everything about the person and these leads, as a JSON object (text). */
    String export(EmailAddress email, List<UUID> leadIds);
}
