package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.SlaPolicy;
import java.time.Duration;
import java.util.List;

/** The service level for one priority: windows of business time, reminder points, reassignment on breach. */
public record SetSlaPolicyCommand(
        Priority priority,
        Duration acceptWithin,
        Duration decideWithin,
        List<Integer> remindAtPercent,
        boolean reassignOnBreach) {

    public SetSlaPolicyCommand {
        // the policy's own rules, phrased once in the domain
        remindAtPercent = policy(priority, acceptWithin, decideWithin, remindAtPercent, reassignOnBreach)
                .remindAtPercent();
    }

    public SlaPolicy policy() {
        return policy(priority, acceptWithin, decideWithin, remindAtPercent, reassignOnBreach);
    }

    private static SlaPolicy policy(
            Priority priority, Duration accept, Duration decide, List<Integer> remind, boolean reassign) {
        return new SlaPolicy(priority, accept, decide, remind, reassign);
    }
}
