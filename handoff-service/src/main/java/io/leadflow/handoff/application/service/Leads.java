package io.leadflow.handoff.application.service;

import io.leadflow.handoff.domain.LeadAttributes;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.Optional;

/** The routing view of a lead: qualification's segment, source and grade, the profile's country and company size. */
final class Leads {

    private Leads() {}

    static LeadAttributes attributes(Qualification q, Optional<LeadProfile> profile) {
        String country =
                profile.map(p -> p.attributes().get(ProfileAttributes.COUNTRY)).orElse(null);
        Integer size = profile.map(p -> p.attributes().get(ProfileAttributes.COMPANY_EMPLOYEES))
                .map(Leads::integer)
                .orElse(null);
        return new LeadAttributes(q.segment(), country, size, q.fitGrade(), q.source());
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
