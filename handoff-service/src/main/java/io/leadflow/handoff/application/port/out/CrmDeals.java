package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.handoff.domain.CrmSource;
import java.util.List;
import java.util.Optional;

/** Every deal update received from a CRM, so none is lost: the unmatched ones wait here for their lead. */
public interface CrmDeals {

    /** Keeps a new update and returns it with its id; empty when this delivery was kept before (a retry). */
    Optional<CrmDeal> addIfNew(CrmDeal deal);

    Optional<CrmDeal> findDelivery(CrmSource source, String deliveryKey);

    void save(CrmDeal deal);

    /** Updates in this status (all when null), newest first, at most {@code limit}. */
    List<CrmDeal> list(CrmDealStatus status, int limit);

    /** Unmatched updates, oldest first, locked against a concurrent retry until the transaction ends. */
    List<CrmDeal> lockUnmatched(int limit);
}
