package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.FindCrmDealsQuery;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.kernel.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;

class FindCrmDealsService implements FindCrmDealsQuery {

    private static final int LIMIT = 500;

    private final CrmDeals deals;

    FindCrmDealsService(CrmDeals deals) {
        this.deals = deals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CrmDealView> findCrmDeals(String status, Actor actor) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("only an admin sees the deal updates received from CRMs");
        }
        return deals.list(status(status), LIMIT).stream()
                .map(CrmDealMatching::view)
                .toList();
    }

    private static CrmDealStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(CrmDealStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "status",
                        "status.unknown",
                        "status is one of "
                                + Arrays.toString(CrmDealStatus.values()).toLowerCase(Locale.ROOT)));
    }
}
