package io.leadflow.scoring.predictive;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadHistories;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Histories from a list, in chunks by lead id (Java's UUID order; the service only needs a stable order). */
public final class ListedHistories implements LeadHistories {

    private final List<LeadHistory> histories;
    private final Map<LeadId, LeadHistory> byId;

    public ListedHistories(List<LeadHistory> histories) {
        this.histories = histories.stream()
                .sorted(Comparator.comparing(history -> history.leadId().value()))
                .toList();
        this.byId = histories.stream().collect(Collectors.toMap(LeadHistory::leadId, Function.identity()));
    }

    @Override
    public List<LeadHistory> chunk(UUID after, int limit) {
        return histories.stream()
                .filter(history -> after == null || history.leadId().value().compareTo(after) > 0)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<LeadHistory> lead(LeadId leadId) {
        return Optional.ofNullable(byId.get(leadId));
    }
}
