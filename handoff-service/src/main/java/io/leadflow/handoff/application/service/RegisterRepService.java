package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.WebhookSecrets;
import io.leadflow.handoff.domain.SalesRep;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

class RegisterRepService implements RegisterRepUseCase {

    private final OrganisationAudit audit;

    private final SalesRepRepository reps;
    private final Clock clock;

    private final NotificationTargetPolicy targets;
    private final WebhookSecrets secrets;

    RegisterRepService(
            SalesRepRepository reps,
            Clock clock,
            NotificationTargetPolicy targets,
            WebhookSecrets secrets,
            OrganisationAudit audit) {
        this.audit = audit;
        this.targets = targets;
        this.secrets = secrets;
        this.reps = reps;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RepView registerRep(RegisterRepCommand command) {
        TargetChecks.check(targets, command.webhookUrl(), "webhookUrl");
        SalesRep rep = SalesRep.register(
                command.name(), command.email(), command.webhookUrl(), command.available(), clock.instant());
        if (!reps.add(rep)) {
            throw new RepAlreadyRegisteredException(command.email().value());
        }
        String secret = secrets.issue(rep.id(), rep.registeredAt(), rep.registeredAt());
        audit.record("rep.registered", rep.id());
        return HandoffViews.rep(rep).withWebhookSecret(secret);
    }
}
