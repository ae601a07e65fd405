package io.leadflow.ingestion.adapter.in.web;

import java.util.Map;

/** A person's profile in the shape of the request, with the lead id and the derived free-mail flag. */
public record ContactResponse(
        String leadId,
        String email,
        String firstName,
        String lastName,
        String jobTitle,
        String seniority,
        String department,
        String phone,
        String country,
        Company company,
        Map<String, Boolean> consent,
        Map<String, String> custom,
        boolean freeMail) {

    public record Company(String name, String domain, Long employees, String industry, String annualRevenue) {}
}
