package io.leadflow.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.messaging.MessagingException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.core.exc.StreamReadException;

class MessageRetryPolicyTest {

    private static final ResilienceProperties SHORT_WAITS =
            new ResilienceProperties(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, 3, Duration.ZERO);

    @Test
    void an_unavailable_database_or_broker_is_transient_however_deeply_it_is_wrapped() {
        assertThat(List.of(
                        new MessagingException(
                                "handler failed",
                                new CannotCreateTransactionException(
                                        "no connection", new CannotGetJdbcConnectionException("refused"))),
                        new AmqpConnectException(new ConnectException("Connection refused")),
                        new IllegalStateException(new SQLException("terminating connection", "57P01")),
                        new QueryTimeoutException("statement timeout"),
                        new TransientDependencyException("receiver answered 503")))
                .extracting(FailureKind::of)
                .containsOnly(FailureKind.TRANSIENT);
    }

    @Test
    void a_database_failure_hidden_by_the_rollback_that_failed_after_it_is_still_transient() {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("I/O error"));
        TransactionSystemException hidingPoison =
                new TransactionSystemException("JDBC commit failed", new SQLException("Connection is closed"));
        hidingPoison.initApplicationException(new IllegalArgumentException("not a stage"));

        assertThat(FailureKind.of(new MessagingException("handler failed", rollbackFailed)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new TransactionSystemException("JDBC rollback failed", new SQLException("closed"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(hidingPoison)).isEqualTo(FailureKind.POISON);
    }

    @Test
    void an_unreadable_body_or_a_broken_value_is_poison_and_anything_else_unexpected() {
        assertThat(FailureKind.of(new MessagingException("handler failed", new StreamReadException(null, "bad json"))))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new IllegalArgumentException("lead id must be a UUID")))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new NullPointerException())).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.of(new SQLException("duplicate key", "23505"))).isEqualTo(FailureKind.UNEXPECTED);
    }

    @Test
    void a_message_waits_out_an_outage_far_longer_than_the_attempts_an_unexpected_failure_gets() {
        List<String> attempts = new ArrayList<>();
        RetryTemplate template = new RetryTemplate(new MessageRetryPolicy(SHORT_WAITS));

        String result = template.invoke(() -> {
            attempts.add("attempt");
            if (attempts.size() <= 50) {
                throw new CannotGetJdbcConnectionException("Connection refused");
            }
            return "processed";
        });

        assertThat(result).isEqualTo("processed");
        assertThat(attempts).hasSize(51);
    }

    @Test
    void a_poison_message_gets_one_attempt_and_an_unexpected_failure_the_configured_attempts() throws Exception {
        List<String> poison = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        RetryTemplate template = new RetryTemplate(new MessageRetryPolicy(SHORT_WAITS));

        Exception poisonFailure = attempt(template, () -> {
            poison.add("attempt");
            throw new IllegalArgumentException("unknown stage");
        });
        Exception unexpectedFailure = attempt(template, () -> {
            unexpected.add("attempt");
            throw new IllegalStateException("bug");
        });

        assertThat(poisonFailure).isInstanceOf(RetryException.class);
        assertThat(unexpectedFailure).isInstanceOf(RetryException.class);
        assertThat(poison).hasSize(1);
        assertThat(unexpected).hasSize(3);
    }

    @Test
    void an_outage_longer_than_the_limit_gives_the_message_up() {
        ResilienceProperties noPatience =
                new ResilienceProperties(Duration.ZERO, Duration.ZERO, Duration.ZERO, 3, Duration.ZERO);
        List<String> attempts = new ArrayList<>();
        RetryTemplate template = new RetryTemplate(new MessageRetryPolicy(noPatience));

        Exception failure = attempt(template, () -> {
            attempts.add("attempt");
            throw new CannotGetJdbcConnectionException("Connection refused");
        });

        assertThat(failure).isInstanceOf(RetryException.class);
        assertThat(attempts).hasSize(1);
    }

    private static Exception attempt(RetryTemplate template, Runnable work) {
        try {
            template.execute(() -> {
                work.run();
                return null;
            });
            return null;
        } catch (RetryException e) {
            return e;
        }
    }
}
