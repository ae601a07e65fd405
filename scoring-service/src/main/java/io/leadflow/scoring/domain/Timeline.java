package io.leadflow.scoring.domain;

import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every stage move of one lead, whoever made it, keyed by event id. The current stage is where the latest move (by
 * occurred-at) led, so the moves may arrive in any order and still give the same stage.
 */
final class Timeline {

    /** Oldest first; equal times in a fixed order, so that the listing does not depend on arrival. */
    static final Comparator<StageChange> CHRONOLOGICAL = Comparator.comparing(StageChange::occurredAt)
            .thenComparing(change -> change.from().ordinal())
            .thenComparing(change -> change.to().ordinal())
            .thenComparing(StageChange::eventId);

    private final Map<UUID, StageChange> changes = new LinkedHashMap<>();

    Timeline(Collection<StageChange> known) {
        known.forEach(this::add);
    }

    /** Adds the move; false when a move with the same event id is already known. */
    boolean add(StageChange change) {
        return changes.putIfAbsent(change.eventId(), change) == null;
    }

    List<StageChange> entries() {
        return changes.values().stream().sorted(CHRONOLOGICAL).toList();
    }

    Optional<StageChange> latest() {
        Optional<Instant> latestTime =
                changes.values().stream().map(StageChange::occurredAt).max(Comparator.naturalOrder());
        if (latestTime.isEmpty()) {
            return Optional.empty();
        }
        List<StageChange> tied = changes.values().stream()
                .filter(change -> change.occurredAt().equals(latestTime.get()))
                .sorted(CHRONOLOGICAL)
                .toList();
        // moves at the same instant: the one that no other tied move starts from ends the chain
        return tied.stream()
                .filter(change -> tied.stream().noneMatch(other -> other != change && other.from() == change.to()))
                .reduce((first, second) -> second)
                .or(() -> Optional.of(tied.getLast()));
    }

    /** When a move made {@code now} happens: after the latest move, even if that one's clock ran ahead of ours. */
    Instant nextMoveTime(Instant now) {
        return latest().map(StageChange::occurredAt)
                .filter(latest -> !now.isAfter(latest))
                .map(latest -> latest.plusMillis(1))
                .orElse(now);
    }

    LifecycleStage currentStage() {
        return latest().map(StageChange::to).orElse(LifecycleStage.NEW);
    }
}
