package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import org.springframework.transaction.annotation.Transactional;

/** The lead list filters and sorts on the segment score as last stored (at the lead's last change). */
class FindLeadsService implements FindLeadsQuery {

    private final LeadScoreRepository leads;

    FindLeadsService(Ports ports) {
        this.leads = ports.leads();
    }

    @Override
    @Transactional(readOnly = true)
    public LeadPage findLeads(LeadSearch search) {
        return leads.search(search);
    }
}
