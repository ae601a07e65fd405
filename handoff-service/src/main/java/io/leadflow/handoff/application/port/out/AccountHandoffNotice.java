package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import java.util.Optional;

/** What the notification of a qualified account tells its rep: the account, the people behind it, and the team. */
public record AccountHandoffNotice(AccountHandoff handoff, SalesRep rep, Optional<Team> team) {

    public AccountHandoffNotice {
        if (handoff == null || rep == null || team == null) {
            throw new IllegalArgumentException("a notice needs the account hand-off, the rep and an optional team");
        }
    }
}
