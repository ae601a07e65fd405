package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.DeadLetterApi;
import java.util.List;

/**
 * The admin's dead letters of every service: see what failed and why, and send it back to its queue once the cause
 * is fixed (or discard it). docs/operations.md says when to do which.
 */
public interface DeadLettersUseCase {

    /** Every service's dead letters, in {@link DeadLetterApi#SERVICES} order. */
    List<DeadLetterApi.ServiceDeadLetters> deadLetters(Caller caller);

    /** Sends one dead letter of {@code service} back, or all of them when {@code id} is null. */
    DeadLetterApi.RedriveOutcome redrive(Caller caller, String service, Long id);

    void discard(Caller caller, String service, long id);
}
