package io.leadflow.kernel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The stages of a lead and the one state machine that every service obeys (DOMAIN.md, "The lead lifecycle").
 * Each allowed move has owners: only they may make it. Any service may disqualify a lead that is not closed.
 */
public enum LifecycleStage {
    NEW,
    MQL,
    SAL,
    SQL,
    OPPORTUNITY,
    WON,
    LOST,
    REJECTED,
    NURTURING,
    RECYCLED,
    DISQUALIFIED;

    private static final Map<LifecycleStage, Map<LifecycleStage, Set<StageOwner>>> MOVES =
            new EnumMap<>(LifecycleStage.class);

    static {
        allow(NEW, MQL, StageOwner.SCORING);
        allow(NEW, SAL, StageOwner.HANDOFF);
        allow(NEW, NURTURING, StageOwner.NURTURING);
        allow(MQL, SAL, StageOwner.HANDOFF);
        allow(MQL, REJECTED, StageOwner.HANDOFF);
        allow(SAL, SQL, StageOwner.HANDOFF);
        allow(SAL, REJECTED, StageOwner.HANDOFF);
        allow(SQL, OPPORTUNITY, StageOwner.HANDOFF);
        allow(SQL, REJECTED, StageOwner.HANDOFF);
        allow(SQL, LOST, StageOwner.HANDOFF);
        allow(OPPORTUNITY, WON, StageOwner.HANDOFF);
        allow(OPPORTUNITY, LOST, StageOwner.HANDOFF);
        allow(REJECTED, NURTURING, StageOwner.NURTURING);
        allow(LOST, NURTURING, StageOwner.NURTURING);
        allow(NURTURING, RECYCLED, StageOwner.NURTURING);
        allow(RECYCLED, MQL, StageOwner.SCORING);
        for (LifecycleStage stage : values()) {
            if (!stage.isClosed()) {
                allow(stage, DISQUALIFIED, StageOwner.values());
            }
        }
    }

    private static void allow(LifecycleStage from, LifecycleStage to, StageOwner... owners) {
        MOVES.computeIfAbsent(from, f -> new EnumMap<>(LifecycleStage.class))
                .put(to, Collections.unmodifiableSet(EnumSet.of(owners[0], owners)));
    }

    /** Won and disqualified leads never move again. */
    public boolean isClosed() {
        return this == WON || this == DISQUALIFIED;
    }

    public Set<LifecycleStage> allowedNext() {
        Map<LifecycleStage, Set<StageOwner>> next = MOVES.get(this);
        return next == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(next.keySet()));
    }

    public boolean canMoveTo(LifecycleStage to) {
        return allowedNext().contains(to);
    }

    /** The services allowed to make this move; empty when the move is not allowed at all. */
    public Set<StageOwner> ownersOf(LifecycleStage to) {
        Map<LifecycleStage, Set<StageOwner>> next = MOVES.get(this);
        return next == null ? Set.of() : next.getOrDefault(to, Set.of());
    }

    /**
     * Checks a move made by {@code mover} and returns the new stage.
     *
     * @throws IllegalStageTransitionException when the lifecycle does not allow the move or another service owns it
     */
    public LifecycleStage moveTo(LifecycleStage to, StageOwner mover) {
        if (!canMoveTo(to)) {
            throw new IllegalStageTransitionException(this, to, "allowed from " + this + ": " + allowedNext());
        }
        if (!ownersOf(to).contains(mover)) {
            throw new IllegalStageTransitionException(this, to, "only " + ownersOf(to) + " may make this move");
        }
        return to;
    }

    public static LifecycleStage parse(String text) {
        return Codes.parse(LifecycleStage.class, "stage", text);
    }
}
