package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.RejectedLeadList;

/** The leads sales rejected, newest first, filtered as nurturing allows, for marketing to see what comes back. */
public interface FindRejectedLeadsQuery {

    RejectedLeadList findRejectedLeads(Caller caller, RejectedLeadFilter filter);
}
