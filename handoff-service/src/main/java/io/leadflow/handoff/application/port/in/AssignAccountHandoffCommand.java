package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.AccountPerson;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account qualified as a whole (AccountQualifiedEvent): hand it to its owner, or route it. The event id makes a
 * redelivery harmless.
 */
public record AssignAccountHandoffCommand(
        UUID eventId,
        UUID accountId,
        String name,
        String domain,
        Integer tier,
        UUID ownerRepId,
        Integer size,
        String industry,
        String country,
        int score,
        int threshold,
        int qualification,
        List<AccountPerson> people,
        Instant qualifiedAt,
        String correlationId) {

    public AssignAccountHandoffCommand {
        Commands.require(eventId, "eventId");
        Commands.require(accountId, "accountId");
        Commands.require(name, "name");
        Commands.require(domain, "domain");
        Commands.require(qualifiedAt, "qualifiedAt");
        Commands.require(correlationId, "correlationId");
        people = people == null ? List.of() : List.copyOf(people);
    }
}
