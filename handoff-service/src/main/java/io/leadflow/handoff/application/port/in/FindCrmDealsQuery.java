package io.leadflow.handoff.application.port.in;

import java.util.List;

/** The deal updates received from CRMs, for admins: above all the unmatched ones, which wait for their lead. */
public interface FindCrmDealsQuery {

    /** Newest first, at most 500; {@code status} null for all. */
    List<CrmDealView> findCrmDeals(String status, Actor actor);
}
