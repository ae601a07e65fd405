package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.SalesRep;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

class RegisterRepService implements RegisterRepUseCase {

    private final SalesRepRepository reps;
    private final Clock clock;

    private final NotificationTargetPolicy targets;

    RegisterRepService(SalesRepRepository reps, Clock clock, NotificationTargetPolicy targets) {
        this.targets = targets;
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
        return HandoffViews.rep(rep);
    }
}
