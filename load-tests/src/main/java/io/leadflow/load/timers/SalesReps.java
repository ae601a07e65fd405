package io.leadflow.load.timers;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import io.leadflow.load.timers.TimerLedger.Assigned;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The proof's reps: they read each new hand-off from their webhook, as a rep's tool would, and reject the leads the
 * proof chose for nurturing at once, with a reason marketing's track takes; the others they leave alone, so their SLA
 * clock reminds and breaches. When a rejection was answered is kept: a reminder due before it is no mistake.
 */
final class SalesReps implements AutoCloseable {

    private static final int ATTEMPTS = 6;

    private final TimerLedger ledger;
    private final TimerTeam team;
    private final PrintStream log;
    private final Map<String, Assigned> announced = new ConcurrentHashMap<>();
    private final Map<String, Instant> rejectedAt = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<Assigned> early = new ArrayList<>();
    private final ExecutorService deciding =
            Executors.newFixedThreadPool(8, Thread.ofVirtual().factory());
    private volatile Set<String> leads;
    private volatile Set<String> toReject;
    private volatile boolean stopped;
    private Thread reading;

    SalesReps(TimerLedger ledger, TimerTeam team, PrintStream log) {
        this.ledger = ledger;
        this.team = team;
        this.log = log;
    }

    void start() {
        reading = Thread.ofPlatform().name("timer-proof-reps").daemon().start(this::read);
    }

    /** Which leads are the proof's and which of them the reps reject; hand-offs announced before wait until now. */
    void expect(Collection<String> allLeads, Set<String> rejectLeads) {
        leads = Set.copyOf(allLeads);
        toReject = Set.copyOf(rejectLeads);
        List<Assigned> waiting;
        synchronized (early) {
            waiting = List.copyOf(early);
            early.clear();
        }
        waiting.forEach(this::decide);
    }

    private void read() {
        while (!stopped) {
            try {
                Assigned next = ledger.nextAssigned(Duration.ofMillis(500));
                if (next == null) {
                    continue;
                }
                announced.putIfAbsent(next.leadId(), next);
                if (toReject == null) {
                    synchronized (early) {
                        if (toReject == null) {
                            early.add(next);
                            continue;
                        }
                    }
                }
                decide(next);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void decide(Assigned handoff) {
        if (toReject.contains(handoff.leadId()) && !rejectedAt.containsKey(handoff.leadId())) {
            deciding.execute(() -> reject(handoff));
        }
    }

    private void reject(Assigned handoff) {
        SuiteClient rep = team.rep(handoff.repId());
        String body = SuiteClient.json(Map.of("reason", TimerTeam.REASON, "note", "timer proof: try again later"));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                SuiteClient.Answer answer = rep.post("/api/v1/handoffs/" + handoff.handoffId() + "/reject", body);
                if (answer.ok()) {
                    rejectedAt.putIfAbsent(handoff.leadId(), Instant.now());
                    return;
                }
                if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 408) {
                    refused.add(handoff.leadId());
                    log.println("timers: rep refused to reject hand-off " + handoff.handoffId() + " (" + answer.status()
                            + "): " + answer.text());
                    return;
                }
            } catch (SuiteUnreachableException e) {
                // try again
            }
            try {
                Thread.sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Until every lead's hand-off was announced and every chosen one rejected, or {@code deadline}. */
    void awaitSettled(Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (announced.keySet().containsAll(leads)
                    && toReject.stream().allMatch(l -> rejectedAt.containsKey(l) || refused.contains(l))) {
                return;
            }
            Thread.sleep(200);
        }
        log.printf(
                "timers: not settled by %s: %d of %d hand-offs announced, %d of %d rejected%n",
                deadline, announced.size(), leads.size(), rejectedAt.size(), toReject.size());
    }

    Optional<Assigned> announcement(String lead) {
        return Optional.ofNullable(announced.get(lead));
    }

    Optional<Instant> rejection(String lead) {
        return Optional.ofNullable(rejectedAt.get(lead));
    }

    int announced() {
        return announced.size();
    }

    int rejected() {
        return rejectedAt.size();
    }

    @Override
    public void close() {
        stopped = true;
        deciding.shutdownNow();
        if (reading != null) {
            reading.interrupt();
        }
    }
}
