package io.leadflow.kernel;

import java.util.UUID;

/**
 * The identity of a lead across every service. It is never derived from personal data, so it survives the erasure
 * of the person behind it.
 */
public record LeadId(UUID value) {

    public LeadId {
        if (value == null) {
            throw new InvalidValueException("leadId", "leadId.required", "a lead id is required");
        }
    }

    public static LeadId newId() {
        return new LeadId(UUID.randomUUID());
    }

    /** Parses the canonical UUID form; anything else is refused with the field and the rule. */
    public static LeadId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("leadId", "leadId.required", "a lead id is required");
        }
        try {
            return new LeadId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("leadId", "leadId.format", "a lead id is a UUID, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
