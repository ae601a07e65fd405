package io.leadflow.ingestion.application.service;

import java.time.Duration;

/**
 * Admission control: above {@code maxBacklog} events waiting to be passed on, intake is refused with {@code
 * retryAfter}, until the backlog is below {@code resumeBelow}, so that intake does not flap at the limit; a
 * {@code maxBacklog} of 0 takes in everything.
 */
public record AdmissionSettings(long maxBacklog, long resumeBelow, Duration retryAfter) {

    public AdmissionSettings {
        if (maxBacklog < 0 || resumeBelow < 0 || resumeBelow > maxBacklog) {
            throw new IllegalArgumentException("the backlog limits are 0 <= resume-below <= max-backlog");
        }
        if (retryAfter == null || retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("retry-after is at least one second");
        }
    }

    /** Intake resumes below {@code resumePercent} % of the limit. */
    public static AdmissionSettings of(long maxBacklog, int resumePercent, Duration retryAfter) {
        return new AdmissionSettings(maxBacklog, maxBacklog * Math.clamp(resumePercent, 0, 100) / 100, retryAfter);
    }
}
