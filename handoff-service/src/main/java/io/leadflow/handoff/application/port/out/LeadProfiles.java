package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.kernel.LeadId;
import java.util.Optional;

/**
 * The latest known profile of each lead, the only personal data this service keeps about leads; notifications
 * need it to tell a rep who the lead is.
 */
public interface LeadProfiles {

    /**
     * Keeps the profile unless a newer one is kept already (profiles arrive in any order); true when it was kept.
     * Must be atomic against a concurrent save for the same lead.
     */
    boolean keepIfNewer(LeadProfile profile);

    Optional<LeadProfile> find(LeadId leadId);

    /** The lead whose latest profile has this e-mail (compared without regard to case), the newest if several. */
    Optional<LeadId> findLeadByEmail(String email);
}
