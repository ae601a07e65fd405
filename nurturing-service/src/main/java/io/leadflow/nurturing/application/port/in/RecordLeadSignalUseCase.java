package io.leadflow.nurturing.application.port.in;

import java.util.Optional;

/**
 * Takes in what the other services say about a lead. A nurtured lead that re-engages (its score crosses the recycle
 * threshold from below, or it shows a buying signal) leaves its track and is recycled to sales with its history; a
 * lead that unsubscribes or that sales took up again leaves its track when the track says so. Scores and stages are
 * also kept for the below-threshold enrolment. Safe to call again with the same event.
 */
public interface RecordLeadSignalUseCase {

    /** What happened to the lead's enrolment, e.g. {@code RECYCLED}; empty when nothing changed. */
    Optional<String> recordLeadSignal(LeadSignalCommand command);
}
