package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import java.util.List;

/** The caller's open hand-offs, newest first: a rep's own, a manager's team's, as the hand-off service decides. */
public interface FindInboxQuery {

    List<InboxEntry> findInbox(Caller caller);
}
