package io.leadflow.ingestion.application.port.out;

import io.leadflow.kernel.LeadId;
import java.util.Optional;

/**
 * Which lead an anonymous id or a tracking user id belongs to. The first link of an identity wins. Reading an
 * identity locks it until the transaction ends, so that an engagement stored as waiting and a link made at the same
 * moment cannot miss each other.
 */
public interface IdentityLinks {

    /** The lead the identity is linked to, if any; remembers the identity and locks it. */
    Optional<LeadId> lockAndFind(String identity);

    /** Links the identity to the lead unless it is linked already; true when this call linked it. */
    boolean link(String identity, LeadId lead);
}
