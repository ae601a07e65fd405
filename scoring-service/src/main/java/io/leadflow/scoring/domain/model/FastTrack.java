package io.leadflow.scoring.domain.model;

import io.leadflow.scoring.domain.FitGrade;
import java.util.List;

/**
 * Direct buying signals that qualify a lead at once, as long as it fits at least {@code minFitGrade}: the events seen,
 * or conditions that all hold (e.g. a likelihood of being won of at least 60 %).
 */
public record FastTrack(List<EventMatcher> events, FitGrade minFitGrade, List<Condition> conditions) {

    public FastTrack {
        events = events == null ? List.of() : List.copyOf(events);
        minFitGrade = minFitGrade == null ? FitGrade.B : minFitGrade;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Fast-track by events only. */
    public FastTrack(List<EventMatcher> events, FitGrade minFitGrade) {
        this(events, minFitGrade, List.of());
    }

    public boolean allows(FitGrade fit) {
        return fit.compareTo(minFitGrade) <= 0;
    }
}
