package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadList;

/** Marketing's lead list: one page of the leads that match the filter, as scoring sorts them. */
public interface FindLeadsQuery {

    LeadList findLeads(Caller caller, LeadFilter filter);
}
