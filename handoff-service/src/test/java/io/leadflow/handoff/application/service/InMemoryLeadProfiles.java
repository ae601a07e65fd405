package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.kernel.LeadId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link LeadProfiles} in memory, behaving as its contract says. */
final class InMemoryLeadProfiles implements LeadProfiles {
    final Map<LeadId, LeadProfile> byLead = new LinkedHashMap<>();

    @Override
    public boolean keepIfNewer(LeadProfile profile) {
        if (!profile.supersedes(byLead.get(profile.leadId()))) {
            return false;
        }
        byLead.put(profile.leadId(), profile);
        return true;
    }

    @Override
    public Optional<LeadProfile> find(LeadId leadId) {
        return Optional.ofNullable(byLead.get(leadId));
    }

    @Override
    public Optional<LeadId> findLeadByEmail(String email) {
        return byLead.values().stream()
                .filter(p -> p.email() != null && p.email().equalsIgnoreCase(email))
                .max(java.util.Comparator.comparing(LeadProfile::asOf))
                .map(LeadProfile::leadId);
    }
}
