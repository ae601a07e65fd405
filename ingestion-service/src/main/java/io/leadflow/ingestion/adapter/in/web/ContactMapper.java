package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Between the structured web body and the flat profile attributes that travel in ProfileChanged events. */
final class ContactMapper {

    private ContactMapper() {}

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
        EngagementRequestMapper.properties(body.consent(), "consent").forEach((k, v) -> changes.put("consent." + k, v));
        EngagementRequestMapper.properties(body.custom(), "custom").forEach((k, v) -> changes.put("custom." + k, v));
        return changes;
    }

    static ContactResponse response(ContactView view) {
        Map<String, String> a = view.attributes();
        Map<String, Boolean> consent = new TreeMap<>();
        Map<String, String> custom = new TreeMap<>();
        a.forEach((name, value) -> {
            if (name.startsWith("consent.")) {
                consent.put(name.substring("consent.".length()), Boolean.valueOf(value));
            } else if (name.startsWith("custom.")) {
                custom.put(name.substring("custom.".length()), value);
            }
        });
        String employees = a.get(ProfileAttributes.COMPANY_EMPLOYEES);
        ContactResponse.Company company = new ContactResponse.Company(
                a.get(ProfileAttributes.COMPANY_NAME),
                a.get(ProfileAttributes.COMPANY_DOMAIN),
                employees == null ? null : Long.valueOf(employees),
                a.get(ProfileAttributes.COMPANY_INDUSTRY),
                a.get(ProfileAttributes.COMPANY_REVENUE));
        return new ContactResponse(
                view.leadId().toString(),
                view.email(),
                a.get(ProfileAttributes.FIRST_NAME),
                a.get(ProfileAttributes.LAST_NAME),
                a.get(ProfileAttributes.JOB_TITLE),
                a.get(ProfileAttributes.SENIORITY),
                a.get(ProfileAttributes.DEPARTMENT),
                a.get(ProfileAttributes.PHONE),
                a.get(ProfileAttributes.COUNTRY),
                company,
                consent,
                custom,
                Boolean.parseBoolean(a.get(ProfileAttributes.FREE_MAIL)));
    }

    private static void put(Map<String, String> changes, String name, String value) {
        if (value != null) {
            changes.put(name, value);
        }
    }
}
