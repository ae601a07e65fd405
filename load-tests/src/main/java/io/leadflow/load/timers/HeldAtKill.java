package io.leadflow.load.timers;

import io.leadflow.deploy.StackConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the killed replicas left behind, read (read-only) from the services' own databases moments after the kill:
 * SLA timers still picked with no heartbeat since the kill (held by the dead hand-off replica until a survivor
 * declares it dead), and deliveries leased to a worker or waiting to be retried. It says whether a kill had teeth.
 */
final class HeldAtKill {

    private HeldAtKill() {}

    /** Leases run past now; fresh deliveries are due now or earlier. */
    static String read(StackConfig config, Instant killedAt) {
        try {
            long timers = count(
                    config,
                    "handoff",
                    "select count(*) from scheduled_tasks where picked"
                            + " and (last_heartbeat is null or last_heartbeat < ?)",
                    killedAt);
            long handoffLeases = count(
                    config,
                    "handoff",
                    "select count(*) from webhook_delivery where delivered_at"
                            + " is null and failed_at is null and next_attempt_at > ?",
                    Instant.now().plusSeconds(1));
            long stepLeases = count(
                    config,
                    "nurturing",
                    "select count(*) from step_delivery where status =" + " 'PENDING' and next_attempt_at > ?",
                    Instant.now().plusSeconds(1));
            return "moments after the kill: " + timers + " SLA timers held by the dead hand-off replica (picked, no"
                    + " heartbeat since), " + handoffLeases + " hand-off and " + stepLeases + " nurture deliveries"
                    + " leased or waiting for a retry";
        } catch (SQLException e) {
            return "could not read what the dead replicas held: " + e.getMessage();
        }
    }

    /**
     * Whether a replica holds timer work right now: an SLA timer picked for execution, or a delivery leased to a
     * worker. Both replicas share the tables, so a kill at such a moment has a fair chance to catch the one it kills
     * with work in hand.
     */
    static boolean busy(StackConfig config) {
        try {
            Instant now = Instant.now();
            return count(
                                    config,
                                    "handoff",
                                    "select count(*) from scheduled_tasks where picked and" + " execution_time <= ?",
                                    now)
                            > 0
                    || count(
                                    config,
                                    "nurturing",
                                    "select count(*) from step_delivery where status = 'PENDING'"
                                            + " and attempts > 0 and next_attempt_at > ?",
                                    now.plusSeconds(1))
                            > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * When the last nurture step that exists so far is due, and how many leads have steps: nurturing enrols a
     * rejected lead when it consumes the rejection, which under load can be minutes after the rep's answer.
     */
    static Enrolment enrolment(StackConfig config) {
        StackConfig.Endpoint db = config.database();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix()
                                + "nurturing",
                        db.user(),
                        db.password());
                PreparedStatement statement = connection.prepareStatement(
                        "select count(distinct lead_id), max(due_at) from enrollment_step");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp last = rows.getTimestamp(2);
            return new Enrolment(rows.getLong(1), last == null ? null : last.toInstant());
        } catch (SQLException e) {
            return new Enrolment(-1, null);
        }
    }

    /** Leads with nurture steps, and the latest due time among the steps. */
    record Enrolment(long leads, Instant lastDue) {}

    private static long count(StackConfig config, String service, String sql, Instant at) throws SQLException {
        StackConfig.Endpoint db = config.database();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix() + service,
                        db.user(),
                        db.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(at));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
