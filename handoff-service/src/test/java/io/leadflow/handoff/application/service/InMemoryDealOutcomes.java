package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.DealOutcomes;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RecordedOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link DealOutcomes} in memory. */
final class InMemoryDealOutcomes implements DealOutcomes {
    final List<RecordedOutcome> recorded = new ArrayList<>();

    @Override
    public void add(RecordedOutcome outcome) {
        recorded.add(outcome);
    }

    @Override
    public Optional<RecordedOutcome> latest(HandoffId handoffId) {
        return recorded.reversed().stream()
                .filter(r -> r.handoffId().equals(handoffId))
                .findFirst();
    }
}
