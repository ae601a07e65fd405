package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import java.util.List;

/**
 * The hand-off service's API as the caller may see it: the gateway and the service decide what that is (roles,
 * ownership), so the console cannot show a rep another rep's hand-off even by mistake.
 */
public interface HandoffApi {

    List<InboxEntry> openHandoffsOf(Caller caller);
}
