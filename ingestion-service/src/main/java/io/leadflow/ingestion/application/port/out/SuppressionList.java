package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.domain.Suppression;
import io.leadflow.kernel.LeadId;
import java.util.Optional;

/**
 * The suppression list: each person's consent standing, kept apart from enrolments and hand-offs so that it outlives
 * them. Ingestion owns it and announces every change of it to the other services.
 */
public interface SuppressionList {

    Optional<Suppression> find(LeadId lead);

    /** The standing, locked until the transaction ends ({@link Suppression#none} for a lead without one yet). */
    Suppression findForUpdate(LeadId lead);

    void save(Suppression suppression);
}
