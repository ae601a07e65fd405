package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.TeamBoard;

/** The board of the teams the caller manages (an admin: every team). */
public interface FindTeamBoardQuery {

    TeamBoard findTeamBoard(Caller caller);
}
