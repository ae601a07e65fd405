package io.leadflow.handoff.adapter.in.messaging;

import io.leadflow.handoff.application.port.in.AssignAccountHandoffCommand;
import io.leadflow.handoff.domain.AccountPerson;
import io.leadflow.kernel.event.AccountQualifiedEvent;

/** An AccountQualified event as the command that hands the account to sales. */
final class AccountHandoffs {

    private AccountHandoffs() {}

    static AssignAccountHandoffCommand command(AccountQualifiedEvent event) {
        return new AssignAccountHandoffCommand(
                event.metadata().eventId(),
                event.accountId(),
                event.name(),
                event.domain(),
                event.tier(),
                event.ownerRepId(),
                event.size(),
                event.industry(),
                event.country(),
                event.score(),
                event.threshold(),
                event.qualification(),
                event.people().stream()
                        .map(p -> new AccountPerson(
                                p.leadId(),
                                p.email(),
                                p.firstName(),
                                p.lastName(),
                                p.jobTitle(),
                                p.personas(),
                                p.score(),
                                p.stage()))
                        .toList(),
                event.metadata().occurredAt(),
                event.metadata().correlationId());
    }
}
