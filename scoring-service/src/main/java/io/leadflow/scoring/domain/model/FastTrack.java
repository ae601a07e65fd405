package io.leadflow.scoring.domain.model;

import io.leadflow.scoring.domain.FitGrade;
import java.util.List;

/** Direct buying signals that qualify a lead at once, as long as it fits at least {@code minFitGrade}. */
public record FastTrack(List<EventMatcher> events, FitGrade minFitGrade) {

    public FastTrack {
        events = events == null ? List.of() : List.copyOf(events);
        minFitGrade = minFitGrade == null ? FitGrade.B : minFitGrade;
    }

    public boolean allows(FitGrade fit) {
        return fit.compareTo(minFitGrade) <= 0;
    }
}
