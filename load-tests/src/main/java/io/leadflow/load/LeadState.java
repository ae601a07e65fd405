package io.leadflow.load;

import java.util.List;
import java.util.Set;

/**
 * What the suite shows about one lead after the run, read back through the API (and, where the API does not show
 * it yet, from the services' own databases; {@code source} says which).
 *
 * @param email the lead's e-mail address as the load generator sent it
 * @param leadId the lead id, or null when the suite never answered with one and none is stored
 * @param scored whether scoring knows the lead ({@code GET /api/v1/leads/{id}} answered 200)
 * @param stage the lead's stage in scoring's view, or null
 * @param score the lead's score in scoring's view
 * @param reasons the explanation lines of the score, e.g. {@code "E-mail opened x3 (+6)"}
 * @param qualified whether the lead became an MQL at some point ({@code qualifiedAt} set)
 * @param storedEventIds the engagement ids ingestion stored for the lead, or null when not readable
 * @param scoredEventIds the engagement ids behind scoring's score, or null when not readable
 * @param handoffs how many hand-offs the lead has, or -1 when not readable
 * @param source where the event ids came from: {@code api} or {@code database}
 */
public record LeadState(
        String email,
        String leadId,
        boolean scored,
        String stage,
        int score,
        List<String> reasons,
        boolean qualified,
        Set<String> storedEventIds,
        Set<String> scoredEventIds,
        int handoffs,
        String source) {

    public LeadState {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        storedEventIds = storedEventIds == null ? null : Set.copyOf(storedEventIds);
        scoredEventIds = scoredEventIds == null ? null : Set.copyOf(scoredEventIds);
    }

    /** A lead the suite does not know at all. */
    public static LeadState unknown(String email) {
        return new LeadState(email, null, false, null, 0, List.of(), false, null, null, -1, "none");
    }
}
