package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.kernel.event.ProfileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/** The structured web body as the flat profile attributes that travel in ProfileChanged events. */
final class ContactAttributes {

    private ContactAttributes() {}

    static Map<String, String> changes(ContactRequest body) {
        Map<String, String> changes = new LinkedHashMap<>();
        if (body == null) {
            return changes;
        }
        put(changes, ProfileAttributes.FIRST_NAME, body.firstName());
        put(changes, ProfileAttributes.LAST_NAME, body.lastName());
        put(changes, ProfileAttributes.JOB_TITLE, body.jobTitle());
        put(changes, ProfileAttributes.SENIORITY, body.seniority());
        put(changes, ProfileAttributes.DEPARTMENT, body.department());
        put(changes, ProfileAttributes.PHONE, body.phone());
        put(changes, ProfileAttributes.COUNTRY, body.country());
        if (body.company() != null) {
            put(changes, ProfileAttributes.COMPANY_NAME, body.company().name());
            put(changes, ProfileAttributes.COMPANY_DOMAIN, body.company().domain());
            put(changes, ProfileAttributes.COMPANY_EMPLOYEES, body.company().employees());
            put(changes, ProfileAttributes.COMPANY_INDUSTRY, body.company().industry());
            put(changes, ProfileAttributes.COMPANY_REVENUE, body.company().annualRevenue());
        }
        ScalarProperties.flat(body.consent(), "consent").forEach((k, v) -> changes.put("consent." + k, v));
        ScalarProperties.flat(body.custom(), "custom").forEach((k, v) -> changes.put("custom." + k, v));
        return changes;
    }

    private static void put(Map<String, String> changes, String name, String value) {
        if (value != null) {
            changes.put(name, value);
        }
    }
}
