package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.FindLeadQuery;
import io.leadflow.console.application.port.in.LeadOverview;
import io.leadflow.console.application.port.out.LeadApi;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class FindLeadService implements FindLeadQuery {

    /** How many of the newest engagements the lead's page shows. */
    static final int EVENTS = 50;

    private final LeadApi leads;

    FindLeadService(LeadApi leads) {
        this.leads = leads;
    }

    @Override
    public LeadOverview findLead(Caller caller, UUID leadId) {
        return new LeadOverview(leads.lead(caller, leadId), leads.events(caller, leadId, EVENTS));
    }
}
