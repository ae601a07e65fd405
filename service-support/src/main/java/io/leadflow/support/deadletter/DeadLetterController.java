package io.leadflow.support.deadletter;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.security.Caller;
import io.leadflow.support.web.BaseProblemHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API of a service's dead letters, under {@code /api/v1/admin/dead-letters/<service>} (the gateway routes
 * each service's path to it and lets only admins through; the service checks the role again): list them with why they
 * failed, read one in full, send one, some or all back to the queue they failed in, or discard one.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters/{service}")
public class DeadLetterController {

    /** A queue of the service and its dead letters. */
    public record QueueResponse(String queue, String deadLetterQueue, long deadLetters) {}

    /** One dead letter in a list. */
    public record DeadLetterSummary(
            long id,
            String queue,
            String eventId,
            String eventType,
            String leadId,
            String failure,
            Instant deadLetteredAt) {}

    /** The service's queues and its oldest dead letters. */
    public record DeadLettersResponse(
            String service, List<QueueResponse> queues, List<DeadLetterSummary> deadLetters) {}

    /** One dead letter in full: the stack trace, the headers and the body as text. */
    public record DeadLetterResponse(
            DeadLetterSummary summary, String stacktrace, Map<String, Object> headers, String body) {}

    private final String service;
    private final DeadLetterDrain drain;
    private final JdbcDeadLetters table;
    private final DeadLetterRedrive redrive;

    public DeadLetterController(
            String service, DeadLetterDrain drain, JdbcDeadLetters table, DeadLetterRedrive redrive) {
        this.service = service;
        this.drain = drain;
        this.table = table;
        this.redrive = redrive;
    }

    @GetMapping
    DeadLettersResponse list(
            @PathVariable String service,
            @RequestParam Optional<String> queue,
            @RequestParam(defaultValue = "100") int limit,
            Caller caller) {
        check(service, caller);
        if (limit < 1 || limit > 500) {
            throw new InvalidValueException("limit", "between-1-and-500", "limit must be between 1 and 500");
        }
        List<QueueResponse> queues = drain.queues().stream()
                .map(q -> new QueueResponse(q.queue(), q.deadLetterQueue(), drain.count(q.queue())))
                .toList();
        return new DeadLettersResponse(
                this.service,
                queues,
                table.list(queue, limit).stream()
                        .map(DeadLetterController::summary)
                        .toList());
    }

    @GetMapping("/{id}")
    DeadLetterResponse one(@PathVariable String service, @PathVariable long id, Caller caller) {
        check(service, caller);
        DeadLetter letter = table.find(id).orElseThrow(() -> notFound(id));
        return new DeadLetterResponse(
                summary(letter),
                letter.stacktrace(),
                letter.headers(),
                new String(letter.body(), StandardCharsets.UTF_8));
    }

    @PostMapping("/redrive")
    DeadLetterRedrive.Outcome redrive(
            @PathVariable String service, @RequestBody RedriveDeadLettersRequest request, Caller caller) {
        check(service, caller);
        return request.ids().isEmpty() ? redrive.redriveAll() : redrive.redrive(request.ids());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> discard(@PathVariable String service, @PathVariable long id, Caller caller) {
        check(service, caller);
        if (!table.remove(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private void check(String service, Caller caller) {
        if (!this.service.equals(service)) {
            throw new ErrorResponseException(
                    HttpStatus.NOT_FOUND,
                    BaseProblemHandler.problem(
                            HttpStatus.NOT_FOUND, "not-found", "Not Found", "this is not the " + service + " service"),
                    null);
        }
        if (!caller.hasRole("admin")) {
            throw new ErrorResponseException(
                    HttpStatus.FORBIDDEN,
                    BaseProblemHandler.problem(
                            HttpStatus.FORBIDDEN,
                            "forbidden",
                            "Forbidden",
                            "only an admin may see or re-drive dead letters"),
                    null);
        }
    }

    private static ErrorResponseException notFound(long id) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                BaseProblemHandler.problem(HttpStatus.NOT_FOUND, "not-found", "Not Found", "no dead letter " + id),
                null);
    }

    private static DeadLetterSummary summary(DeadLetter letter) {
        return new DeadLetterSummary(
                letter.id(),
                letter.queue(),
                letter.eventId(),
                letter.eventType(),
                letter.leadId(),
                letter.failure(),
                letter.deadLetteredAt());
    }
}
