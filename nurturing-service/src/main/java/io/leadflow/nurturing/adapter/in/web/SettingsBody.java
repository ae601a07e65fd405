package io.leadflow.nurturing.adapter.in.web;

/**
 * Marketing's nurturing settings. On PUT, fields left out keep their value. {@code belowThresholdAfter} is an
 * ISO-8601 duration ({@code P30D}). {@code updatedBy} and {@code updatedAt} say who changed them last through the API
 * and when (null while they are as seeded); a PUT ignores them.
 */
public record SettingsBody(
        Integer recycleThreshold,
        Boolean belowThresholdEnrolment,
        Integer qualificationThreshold,
        String belowThresholdAfter,
        String updatedBy,
        String updatedAt) {

    /** The settings with who changed them last and when (read only: a PUT never sets them). */
    SettingsBody changedBy(java.util.Optional<io.leadflow.nurturing.domain.SettingsChange> change) {
        return change.map(c -> new SettingsBody(
                        recycleThreshold,
                        belowThresholdEnrolment,
                        qualificationThreshold,
                        belowThresholdAfter,
                        c.actor(),
                        c.at().toString()))
                .orElse(this);
    }
}
