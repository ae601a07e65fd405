package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;

/** Every rejected lead the filter matches as CSV (nurturing's export), for a spreadsheet. */
public interface ExportRejectedLeadsQuery {

    String exportRejectedLeads(Caller caller, RejectedLeadFilter filter);
}
