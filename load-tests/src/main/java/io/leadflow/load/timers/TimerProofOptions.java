package io.leadflow.load.timers;

import io.leadflow.load.FaultMatrixCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the timer proof runs: how many timers, how the leads come in, how short the SLA and the track are, when the
 * replicas die, and whether take-over is sped up (the short form CI runs: a dead replica's timers and leased
 * deliveries are taken over after about 10 and 15 s instead of the production settings' 60 s and 2 minutes).
 *
 * @param count timers wanted: hand-offs' reminders and breaches plus nurture steps (rounded up to whole leads)
 * @param steps steps of the nurture track
 * @param rate leads per second sent to ingestion
 * @param killShare the share of effects that must have arrived before the replicas are killed
 * @param drainTimeout how long after the last due time missing effects are still waited for
 * @param fault what goes wrong: the replicas killed, their clocks jumped, or the reps' receiver down
 * @param clockJump how far a jumped clock moves (forward, or backward in {@code clock-backward})
 * @param receiverDown how long the reps' webhook receiver stays down in {@code receiver-down}
 */
public record TimerProofOptions(
        Path home,
        String version,
        int portBase,
        int count,
        int steps,
        long rate,
        Duration acceptWithin,
        Duration firstStepDelay,
        Duration stepDelay,
        double killShare,
        boolean fastTakeover,
        Duration drainTimeout,
        Path outDir,
        TimerFault fault,
        Duration clockJump,
        Duration receiverDown) {

    private static final String USAGE = "--count N, --steps N, --rate N, --port-base N, --accept-within PT4M,"
            + " --first-step PT2M, --step-delay PT1M, --kill-share 0.05, --fast-takeover, --drain PT6M, --out DIR,"
            + " --fault kill|clock-forward|clock-backward|receiver-down, --clock-jump PT5M, --receiver-down PT60M,"
            + " --home DIR, --version V";

    public TimerProofOptions {
        if (count < 1 || steps < 1 || rate < 1 || killShare < 0 || killShare >= 1) {
            throw new IllegalArgumentException("count, steps and rate are positive, kill share is in [0, 1)");
        }
        if (clockJump.isNegative() || clockJump.toSeconds() < 1 || receiverDown.toSeconds() < 1) {
            throw new IllegalArgumentException("the clock jump and the receiver's outage last at least a second");
        }
    }

    /** The full proof: 10,000 timers, the services' own take-over settings, the second replicas killed. */
    public static TimerProofOptions defaults(Path home, String version) {
        return new TimerProofOptions(
                home,
                version,
                26080,
                10_000,
                4,
                40,
                Duration.ofMinutes(4),
                Duration.ofMinutes(2),
                Duration.ofMinutes(1),
                0.05,
                false,
                Duration.ofMinutes(6),
                home.resolve("load-tests/target/timers"),
                TimerFault.KILL,
                Duration.ofMinutes(5),
                Duration.ofMinutes(60));
    }

    /** The short form: about {@code count} timers on windows of seconds, take-over sped up. */
    public static TimerProofOptions shortForm(Path home, String version, int count) {
        return new TimerProofOptions(
                home,
                version,
                26080,
                count,
                3,
                20,
                Duration.ofSeconds(40),
                Duration.ofSeconds(20),
                Duration.ofSeconds(10),
                0.05,
                true,
                Duration.ofMinutes(2),
                home.resolve("load-tests/target/timers-it"),
                TimerFault.KILL,
                Duration.ofMinutes(5),
                Duration.ofMinutes(60));
    }

    /** Leads left to breach, and as many rejected into nurturing. */
    public int leadsPerRole() {
        return (count + 2 + steps - 1) / (2 + steps);
    }

    public int expectedTimers() {
        return leadsPerRole() * (2 + steps);
    }

    /**
     * After the kill, how long a doubled effect could still come: the dead replica's timers are re-run once its
     * heartbeat is missed (10 s x 6, or 2 s x 5 sped up) and the deliveries it had leased are sent again when the
     * lease ends (2 minutes, or 15 s); plus margin.
     */
    public Duration settle() {
        return fastTakeover ? Duration.ofSeconds(40) : Duration.ofSeconds(200);
    }

    /** For the four services and their replicas: where marketing's automation listens, and the sped-up take-over. */
    public Map<String, String> environment(String automationUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LEADFLOW_NURTURE_WEBHOOK_URL", automationUrl);
        if (fastTakeover) {
            env.put("DBSCHEDULER_HEARTBEATINTERVAL", "2s");
            env.put("DBSCHEDULER_MISSEDHEARTBEATSLIMIT", "5");
            env.put("LEADFLOW_WEBHOOKS_CLAIMLEASE", "15s");
            env.put("LEADFLOW_NURTURE_WEBHOOK_CLAIMLEASE", "15s");
        }
        return env;
    }

    static TimerProofOptions parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--fast-takeover")) {
                given.put(args[i], "true");
            } else if (i + 1 < args.length && args[i].startsWith("--")) {
                given.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option " + args[i] + "; known: " + USAGE);
            }
        }
        Path home = FaultMatrixCommand.home(given);
        String version = FaultMatrixCommand.version(given);
        TimerProofOptions d = defaults(home, version);
        try {
            TimerProofOptions options = new TimerProofOptions(
                    home,
                    version,
                    Integer.parseInt(given.getOrDefault("--port-base", Integer.toString(d.portBase()))),
                    Integer.parseInt(given.getOrDefault("--count", Integer.toString(d.count()))),
                    Integer.parseInt(given.getOrDefault("--steps", Integer.toString(d.steps()))),
                    Long.parseLong(given.getOrDefault("--rate", Long.toString(d.rate()))),
                    Duration.parse(given.getOrDefault(
                            "--accept-within", d.acceptWithin().toString())),
                    Duration.parse(given.getOrDefault(
                            "--first-step", d.firstStepDelay().toString())),
                    Duration.parse(
                            given.getOrDefault("--step-delay", d.stepDelay().toString())),
                    Double.parseDouble(given.getOrDefault("--kill-share", Double.toString(d.killShare()))),
                    given.containsKey("--fast-takeover"),
                    Duration.parse(
                            given.getOrDefault("--drain", d.drainTimeout().toString())),
                    Path.of(given.getOrDefault("--out", d.outDir().toString())).toAbsolutePath(),
                    TimerFault.parse(given.getOrDefault("--fault", d.fault().option())),
                    Duration.parse(
                            given.getOrDefault("--clock-jump", d.clockJump().toString())),
                    Duration.parse(given.getOrDefault(
                            "--receiver-down", d.receiverDown().toString())));
            given.keySet().stream()
                    .filter(k -> !USAGE.contains(k + " ") && !USAGE.contains(k + ",") && !USAGE.endsWith(k))
                    .findFirst()
                    .ifPresent(k -> {
                        throw new IllegalArgumentException("unknown option " + k + "; known: " + USAGE);
                    });
            return options;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException
                    && e.getMessage() != null
                    && e.getMessage().startsWith("unknown")) {
                throw e;
            }
            throw new IllegalArgumentException("bad option value: " + e.getMessage() + "; known: " + USAGE, e);
        }
    }
}
