package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.handoff.domain.CrmSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CrmDeals} in memory, ids in order of arrival. */
final class InMemoryCrmDeals implements CrmDeals {
    final List<CrmDeal> deals = new ArrayList<>();

    @Override
    public Optional<CrmDeal> addIfNew(CrmDeal deal) {
        if (findDelivery(deal.source(), deal.deliveryKey()).isPresent()) {
            return Optional.empty();
        }
        CrmDeal kept = new CrmDeal(
                (long) deals.size() + 1,
                deal.source(),
                deal.deliveryKey(),
                deal.dealId(),
                deal.stage(),
                deal.leadId(),
                deal.email(),
                deal.amount(),
                deal.currency(),
                deal.receivedAt(),
                deal.status(),
                deal.note(),
                deal.handoffId(),
                deal.appliedAt());
        deals.add(kept);
        return Optional.of(kept);
    }

    @Override
    public Optional<CrmDeal> findDelivery(CrmSource source, String deliveryKey) {
        return deals.stream()
                .filter(d -> d.source() == source && d.deliveryKey().equals(deliveryKey))
                .findFirst();
    }

    @Override
    public void save(CrmDeal deal) {
        deals.set(deal.id().intValue() - 1, deal);
    }

    @Override
    public List<CrmDeal> list(CrmDealStatus status, int limit) {
        return deals.reversed().stream()
                .filter(d -> status == null || d.status() == status)
                .limit(limit)
                .toList();
    }

    @Override
    public List<CrmDeal> lockUnmatched(int limit) {
        return deals.stream()
                .filter(d -> d.status() == CrmDealStatus.UNMATCHED)
                .limit(limit)
                .toList();
    }
}
