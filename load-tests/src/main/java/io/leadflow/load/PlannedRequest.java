package io.leadflow.load;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One request the load generator will send: an engagement with its client event id, or a lead's profile. Ids come
 * from the seed, so the same plan is the same requests with the same ids.
 */
public record PlannedRequest(String requestId, String kind, String email, String type, String body) {

    /**
     * The requests for {@code leads}: optionally each lead's profile first, then its engagements, leads interleaved
     * round-robin so that many leads are in flight at once, as from many marketing tools.
     *
     * @param now the instant the engagements' {@code occurredAt} are counted back from
     */
    public static List<PlannedRequest> plan(List<SyntheticLeads.Lead> leads, long seed, Instant now, boolean profiles) {
        SplittableRandom ids = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<List<PlannedRequest>> perLead = new ArrayList<>();
        for (SyntheticLeads.Lead lead : leads) {
            List<PlannedRequest> requests = new ArrayList<>();
            String email = lead.person().email();
            if (profiles) {
                requests.add(new PlannedRequest(
                        email, Attempt.PROFILE, email, Attempt.PROFILE, SuiteClient.json(profile(lead.person()))));
            }
            for (SyntheticLeads.Touch touch : lead.touches()) {
                String eventId = new UUID(ids.nextLong(), ids.nextLong()).toString();
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("eventId", eventId);
                event.put("type", touch.type());
                event.put(
                        "occurredAt",
                        now.minus(touch.before())
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString());
                event.put("email", email);
                event.put("channel", touch.channel());
                event.put("source", touch.source());
                event.put("campaign", touch.campaign());
                event.put("properties", touch.properties());
                requests.add(new PlannedRequest(eventId, Attempt.EVENT, email, touch.type(), SuiteClient.json(event)));
            }
            perLead.add(requests);
        }
        List<PlannedRequest> interleaved = new ArrayList<>();
        for (int round = 0; ; round++) {
            boolean any = false;
            for (List<PlannedRequest> requests : perLead) {
                if (round < requests.size()) {
                    interleaved.add(requests.get(round));
                    any = true;
                }
            }
            if (!any) {
                return List.copyOf(interleaved);
            }
        }
    }

    /** A lead's profile as {@code POST /api/v1/contacts} takes it next to the e-mail (numbers as text, as the API allows). */
    static Map<String, Object> profile(SyntheticLeads.Person person) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("firstName", person.firstName());
        profile.put("lastName", person.lastName());
        profile.put("jobTitle", person.jobTitle());
        profile.put("seniority", person.seniority());
        profile.put("department", person.department());
        profile.put("phone", person.phone());
        profile.put("country", person.company().country());
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("name", person.company().name());
        company.put("domain", person.company().domain());
        company.put("employees", Integer.toString(person.company().employees()));
        company.put("industry", person.company().industry());
        company.put("annualRevenue", Long.toString(person.company().annualRevenue()));
        profile.put("company", company);
        return profile;
    }
}
