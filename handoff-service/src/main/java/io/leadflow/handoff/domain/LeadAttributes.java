package io.leadflow.handoff.domain;

import java.util.Locale;

/**
 * What routing rules look at: the segment, source and fit grade from the qualification, the country and company size
 * from the lead's profile. Any of them may be unknown (null); a rule that asks for an unknown value does not match.
 */
public record LeadAttributes(String segment, String country, Integer companySize, String grade, String source) {

    public LeadAttributes {
        segment = normal(segment);
        country = normal(country);
        grade = normal(grade);
        source = normal(source);
    }

    static String normal(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
