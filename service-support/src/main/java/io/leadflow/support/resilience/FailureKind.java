package io.leadflow.support.resilience;

import io.leadflow.support.messaging.UnreadableEventsException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.AmqpTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.core.JacksonException;

/**
 * Why a piece of work failed, which decides what happens to it. A {@link #TRANSIENT} failure says a dependency (the
 * database, the broker, a receiver) is unavailable: the work is healthy and waits for it, however long the outage.
 * A {@link #POISON} failure says the work itself is broken (a body that cannot be read, a value that breaks a rule):
 * it never will succeed, so a message goes to its dead-letter queue at once. Anything else is {@link #UNEXPECTED}
 * (a defect, most likely): retried a few times, then dead-lettered, to be re-driven once the defect is fixed.
 */
public enum FailureKind {
    TRANSIENT,
    POISON,
    UNEXPECTED;

    /** The kind of the first cause in the chain that tells; a chain that tells nothing is unexpected. */
    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a rollback that failed after the work failed hides the work's own failure: that one tells
            if (cause instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
                FailureKind work = of(tx.getApplicationException());
                if (work != UNEXPECTED) {
                    return work;
                }
            }
            if (isTransient(cause)) {
                return TRANSIENT;
            }
            if (isPoison(cause)) {
                return POISON;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return UNEXPECTED;
    }

    private static boolean isTransient(Throwable cause) {
        return cause instanceof TransientDependencyException
                || cause instanceof TransientDataAccessException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof CannotCreateTransactionException
                || isFailedRollback(cause)
                || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || (cause instanceof SQLException sql && unavailableState(sql.getSQLState()))
                || cause instanceof AmqpConnectException
                || cause instanceof AmqpIOException
                || cause instanceof AmqpTimeoutException
                || cause instanceof ConnectException
                || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException
                || cause instanceof SocketTimeoutException
                || cause instanceof HttpConnectTimeoutException;
    }

    /** A rollback cannot fail for the work's content: the connection to the database broke under it. */
    private static boolean isFailedRollback(Throwable cause) {
        return cause instanceof TransactionSystemException tx
                && tx.getMessage() != null
                && tx.getMessage().contains("rollback");
    }

    /**
     * PostgreSQL's classes for "the server cannot serve now": 08 connection exception, 53 insufficient resources, 57P
     * operator intervention (shutdown, restart, cannot connect now), and 40001/40P01 (serialization failure, deadlock).
     */
    private static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.startsWith("53")
                        || state.startsWith("57P")
                        || state.equals("40001")
                        || state.equals("40P01"));
    }

    private static boolean isPoison(Throwable cause) {
        return cause instanceof JacksonException
                || cause instanceof UnreadableEventsException
                || cause instanceof IllegalArgumentException;
    }
}
