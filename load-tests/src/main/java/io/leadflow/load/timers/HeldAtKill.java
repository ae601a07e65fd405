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
 * timers still picked with no heartbeat since the kill in hand-off's and in nurturing's db-scheduler table (held by
 * the dead replica until a survivor declares it dead: SLA reminders and breaches, nurture steps and enrolment
 * expiries), and deliveries leased to a worker or waiting to be retried. It says whether a kill had teeth.
 */
final class HeldAtKill {

    /** Nurturing's one-time timers; its recurring below-threshold check is scheduled work, not a timer. */
    private static final String NURTURE_TIMERS = "task_name in ('nurture-step', 'nurture-expiry')";

    private static final String HELD_SINCE =
            "select count(*) from scheduled_tasks where picked and (last_heartbeat is null or last_heartbeat < ?)";

    private static final String PICKED_DUE =
            "select count(*) from scheduled_tasks where picked and execution_time <= ?";

    private HeldAtKill() {}

    /** Leases run past now; fresh deliveries are due now or earlier. */
    static String read(StackConfig config, Instant killedAt) {
        try (Connection handoff = connect(config, "handoff");
                Connection nurturing = connect(config, "nurturing")) {
            long slaTimers = count(handoff, HELD_SINCE, killedAt);
            long nurtureTimers = count(nurturing, HELD_SINCE + " and " + NURTURE_TIMERS, killedAt);
            long handoffLeases = count(
                    handoff,
                    "select count(*) from webhook_delivery where delivered_at"
                            + " is null and failed_at is null and next_attempt_at > ?",
                    Instant.now().plusSeconds(1));
            long stepLeases = count(
                    nurturing,
                    "select count(*) from step_delivery where status = 'PENDING' and next_attempt_at > ?",
                    Instant.now().plusSeconds(1));
            return "moments after the kill: " + slaTimers + " SLA timers held by the dead hand-off replica and "
                    + nurtureTimers + " nurture timers held by the dead nurturing replica (picked, no heartbeat"
                    + " since), " + handoffLeases + " hand-off and " + stepLeases + " nurture deliveries leased or"
                    + " waiting for a retry";
        } catch (SQLException e) {
            return "could not read what the dead replicas held: " + e.getMessage();
        }
    }

    /**
     * Whether a replica holds timer work right now: an SLA timer or a nurture timer picked for execution, or a nurture
     * delivery leased to a worker. The replicas of a service share its tables, so a kill at such a moment has a fair
     * chance to catch the one it kills with work in hand.
     */
    static boolean busy(StackConfig config) {
        Instant now = Instant.now();
        try (Connection handoff = connect(config, "handoff")) {
            if (count(handoff, PICKED_DUE, now) > 0) {
                return true;
            }
        } catch (SQLException e) {
            // hand-off's database unreachable for the moment: nurturing's may still tell
        }
        try (Connection nurturing = connect(config, "nurturing")) {
            return count(nurturing, PICKED_DUE + " and " + NURTURE_TIMERS, now) > 0
                    || count(
                                    nurturing,
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
        try (Connection connection = connect(config, "nurturing");
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

    private static Connection connect(StackConfig config, String service) throws SQLException {
        StackConfig.Endpoint db = config.database();
        return DriverManager.getConnection(
                "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix() + service,
                db.user(),
                db.password());
    }

    private static long count(Connection connection, String sql, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(at));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
