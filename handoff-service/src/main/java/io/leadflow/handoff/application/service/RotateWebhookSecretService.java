package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretCommand;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretUseCase;
import io.leadflow.handoff.application.port.in.WebhookSecretView;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.WebhookSecrets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class RotateWebhookSecretService implements RotateWebhookSecretUseCase {

    private final OrganisationAudit audit;

    private final SalesRepRepository reps;
    private final WebhookSecrets secrets;
    private final Clock clock;

    RotateWebhookSecretService(SalesRepRepository reps, WebhookSecrets secrets, Clock clock, OrganisationAudit audit) {
        this.audit = audit;
        this.reps = reps;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WebhookSecretView rotateWebhookSecret(RotateWebhookSecretCommand command) {
        if (reps.find(command.rep()).isEmpty()) {
            throw new NotFoundException("sales rep", command.rep());
        }
        Instant now = clock.instant();
        Instant previousValidUntil = now.plus(command.gracePeriod());
        String secret = secrets.issue(command.rep(), now, previousValidUntil);
        audit.record("rep.webhook-secret.rotated", command.rep());
        return new WebhookSecretView(command.rep().value(), secret, previousValidUntil);
    }
}
