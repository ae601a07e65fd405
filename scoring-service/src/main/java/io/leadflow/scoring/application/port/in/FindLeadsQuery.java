package io.leadflow.scoring.application.port.in;

/** Lists leads by stage, segment, grade and score, for marketing's and sales' working lists. */
public interface FindLeadsQuery {

    LeadPage findLeads(LeadSearch search);
}
