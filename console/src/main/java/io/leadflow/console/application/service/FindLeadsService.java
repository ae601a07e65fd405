package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadList;
import io.leadflow.console.application.port.in.FindLeadsQuery;
import io.leadflow.console.application.port.in.LeadFilter;
import io.leadflow.console.application.port.out.LeadApi;
import org.springframework.stereotype.Service;

@Service
class FindLeadsService implements FindLeadsQuery {

    private final LeadApi leads;

    FindLeadsService(LeadApi leads) {
        this.leads = leads;
    }

    @Override
    public LeadList findLeads(Caller caller, LeadFilter filter) {
        return leads.leads(caller, filter.parameters(), filter.page(), LeadFilter.SIZE);
    }
}
