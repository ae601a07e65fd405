package io.leadflow.ingestion.domain;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A known person: the e-mail address that identifies them, the lead id every other service knows them by, and their
 * profile as a flat attribute map (names from {@link ProfileAttributes}, plus {@code consent.*} and {@code custom.*}).
 */
public record Contact(LeadId leadId, EmailAddress email, Map<String, String> attributes) {

    public Contact {
        if (leadId == null || email == null) {
            throw new IllegalArgumentException("a contact needs a lead id and an e-mail address");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A person seen for the first time: the company domain comes from the address, free mail is flagged. */
    public static Contact firstSeen(EmailAddress email) {
        return new Contact(LeadId.newId(), email, Map.of()).withChanges(Map.of());
    }

    /**
     * The contact after a partial update: attributes not mentioned stay, an empty value removes one. The company
     * domain is derived from the e-mail domain unless it was given, and never for a free-mail address.
     */
    public Contact withChanges(Map<String, String> changes) {
        return withChanges(changes, Set.of());
    }

    /**
     * The attributes these changes would overwrite or remove: ones this contact has a value for that the change
     * would replace. A browser write key may not make such changes (docs/security.md, "Browser write keys").
     */
    public Set<String> overwrittenBy(Map<String, String> changes) {
        Set<String> overwritten = new TreeSet<>();
        changes.forEach((name, value) -> {
            String now = attributes.get(name);
            if (value != null && now != null && !now.equals(value.strip())) {
                overwritten.add(name);
            }
        });
        return overwritten;
    }

    /** The contact after a partial update that leaves the attributes {@code kept} as they are. */
    public Contact withChanges(Map<String, String> changes, Set<String> kept) {
        Map<String, String> next = new LinkedHashMap<>(attributes);
        changes.forEach((name, value) -> {
            if (value == null || kept.contains(name)) {
                return;
            }
            if (value.isBlank()) {
                next.remove(name);
            } else {
                next.put(name, value.strip());
            }
        });
        next.put(ProfileAttributes.FREE_MAIL, Boolean.toString(email.isFreeMail()));
        if (!next.containsKey(ProfileAttributes.COMPANY_DOMAIN) && !email.isFreeMail()) {
            next.put(ProfileAttributes.COMPANY_DOMAIN, email.domain());
        }
        return new Contact(leadId, email, new TreeMap<>(next));
    }
}
