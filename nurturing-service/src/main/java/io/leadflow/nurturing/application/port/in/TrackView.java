package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.RejectionReason;
import java.util.List;

/** A nurture track with the rejection reasons it takes, in the reasons' declared order. */
public record TrackView(String key, String name, List<RejectionReason> reasons, String cadence) {

    public TrackView {
        reasons = List.copyOf(reasons);
    }
}
