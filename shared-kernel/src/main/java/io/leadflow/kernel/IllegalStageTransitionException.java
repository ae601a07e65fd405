package io.leadflow.kernel;

/** A move between two stages that the lifecycle does not allow, or that the mover does not own. */
public class IllegalStageTransitionException extends IllegalStateException {

    private final LifecycleStage from;
    private final LifecycleStage to;

    public IllegalStageTransitionException(LifecycleStage from, LifecycleStage to, String why) {
        super("a lead cannot move from " + from + " to " + to + ": " + why);
        this.from = from;
        this.to = to;
    }

    public LifecycleStage from() {
        return from;
    }

    public LifecycleStage to() {
        return to;
    }
}
