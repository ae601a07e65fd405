package io.leadflow.load;

import tools.jackson.databind.JsonNode;

/**
 * What the suite shows about a lead beyond its score: the contact's profile in ingestion and its nurturing.
 *
 * @param contactStatus the status of {@code POST /api/v1/contacts/search} (0 when unreachable)
 * @param contact the profile ingestion shows, or null
 * @param enrollmentStatus the status of the lead's active (or latest) enrolment, or null when never enrolled
 * @param recycleCount how often nurturing recycled the lead, 0 when never enrolled
 * @param enrollments how many enrolments nurturing holds for the lead (its database), or -1 when not readable
 */
public record LeadFollowUp(
        String email,
        int contactStatus,
        JsonNode contact,
        String enrollmentStatus,
        int recycleCount,
        int enrollments) {}
