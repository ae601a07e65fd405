package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;

/**
 * Who the lead is, as the latest profile event said, so a rep's notification names the person and company. Profiles
 * arrive in any order: only a newer one ({@code asOf}) replaces what we keep.
 */
public record LeadProfile(LeadId leadId, String email, Map<String, String> attributes, Instant asOf) {

    public LeadProfile {
        if (leadId == null || asOf == null) {
            throw new IllegalArgumentException("a profile belongs to a lead and has a time");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Whether this profile should replace {@code kept}; an equally old one does not, so a repeat changes nothing. */
    public boolean supersedes(LeadProfile kept) {
        return kept == null || asOf.isAfter(kept.asOf());
    }
}
