package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadDetail;
import io.leadflow.console.application.LeadEvents;
import io.leadflow.console.application.LeadList;
import java.util.Map;
import java.util.UUID;

/**
 * The leads as the API shows them to the caller: scoring's list and lead, ingestion's engagements. Filters pass as
 * the API names them, so the API, not the console, decides what a valid filter is.
 */
public interface LeadApi {

    /** A page of leads; {@code parameters} are the list's query parameters (q, stage, ..., sort, direction). */
    LeadList leads(Caller caller, Map<String, String> parameters, int page, int size);

    LeadDetail lead(Caller caller, UUID leadId);

    /** The lead's newest engagements; none when ingestion has never heard of the lead. */
    LeadEvents events(Caller caller, UUID leadId, int size);
}
