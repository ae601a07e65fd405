package io.leadflow.ingestion.adapter.in.web;

import java.util.List;
import java.util.Map;

/**
 * A partial profile of the person with the e-mail address {@code email} (required: the e-mail travels in the body,
 * never in a URL, so that it stays out of access logs and browser histories): fields left out (or null) keep their stored value; an empty string removes one. Consent flags are
 * booleans by name ({@code {"email": true}}); custom attributes are free scalars. {@code anonymousIds} links a
 * visitor's tracking ids to this person, which attributes their earlier anonymous engagements to the lead.
 */
public record ContactRequest(
        String email,
        String firstName,
        String lastName,
        String jobTitle,
        String seniority,
        String department,
        String phone,
        String country,
        CompanyRequest company,
        Map<String, Object> consent,
        Map<String, Object> custom,
        List<String> anonymousIds) {

    /** The company: employees and annual revenue are numbers (or numeric strings). */
    public record CompanyRequest(String name, String domain, String employees, String industry, String annualRevenue) {}
}
