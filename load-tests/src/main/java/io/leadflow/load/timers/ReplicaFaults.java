package io.leadflow.load.timers;

import io.leadflow.deploy.LocalStack;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The timer proof's faults on the second replica of each service, once a share of the timers had their effect: a
 * {@code kill -9}, or a jump of their wall clocks while they keep running. {@link #at()} is when it struck.
 */
final class ReplicaFaults {

    private final TimerProofOptions options;
    private final LocalStack stack;
    private final TimerLedger ledger;
    private final List<String> replicas;
    private final ClockJump clock;
    private final PrintStream log;
    private Instant at = Instant.now();

    ReplicaFaults(
            TimerProofOptions options,
            LocalStack stack,
            TimerLedger ledger,
            List<String> replicas,
            ClockJump clock,
            PrintStream log) {
        this.options = options;
        this.stack = stack;
        this.ledger = ledger;
        this.replicas = replicas;
        this.clock = clock;
        this.log = log;
    }

    Instant at() {
        return at;
    }

    /** Once a share of the timers had their effect: {@code kill -9} of the second replica of each service. */
    String kill() throws InterruptedException {
        int expected = options.expectedTimers();
        long target = Math.max(1, Math.round(expected * options.killShare()));
        Instant giveUp = Instant.now().plus(options.acceptWithin()).plus(options.firstStepDelay());
        while (ledger.effectsSeen() < target && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        // then at a moment when a replica holds a timer or a delivery, if one comes within a while
        Instant busyBy = Instant.now().plusSeconds(30);
        while (!HeldAtKill.busy(stack.config()) && Instant.now().isBefore(busyBy)) {
            Thread.sleep(20);
        }
        int seen = ledger.effectsSeen();
        Instant at = Instant.now();
        replicas.forEach(stack.faults()::kill);
        log.printf("timers: killed %s (kill -9) after %d of %d effects%n", replicas, seen, expected);
        this.at = at;
        Thread.sleep(3000);
        String held = HeldAtKill.read(stack.config(), at);
        log.println("timers: " + held);
        return "killed " + String.join(" and ", replicas) + " (kill -9) at " + at + ", after " + seen + " of "
                + expected + " effects had arrived; not restarted; " + held;
    }

    /**
     * Once a share of the timers had their effect: the wall clocks of the second replica of each service jump by
     * {@code offset} (libfaketime) while they keep running; they stay jumped to the end.
     */
    String jumpClocks(Duration offset) throws InterruptedException {
        long target = Math.max(1, Math.round(options.expectedTimers() * options.killShare()));
        Instant giveUp = Instant.now().plus(options.acceptWithin()).plus(options.firstStepDelay());
        while (ledger.effectsSeen() < target && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        int seen = ledger.effectsSeen();
        Instant at = Instant.now();
        clock.jump(offset);
        this.at = at;
        String jumped = "wall clocks of " + String.join(" and ", replicas) + " jumped by "
                + ClockJump.offsetText(offset) + " s at " + at + ", after " + seen + " of " + options.expectedTimers()
                + " effects had arrived; kept running, jumped to the end";
        log.println("timers: " + jumped);
        return jumped;
    }
}
