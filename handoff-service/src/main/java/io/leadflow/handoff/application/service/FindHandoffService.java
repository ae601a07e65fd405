package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.LeadId;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindHandoffService implements FindHandoffQuery {

    private final HandoffRepository handoffs;
    private final HandoffViews views;
    private final SalesDecisions decisions;

    FindHandoffService(HandoffRepository handoffs, HandoffViews views, SalesDecisions decisions) {
        this.handoffs = handoffs;
        this.views = views;
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public HandoffView findHandoff(HandoffId id) {
        return handoffs.find(id).map(views::of).orElseThrow(() -> new NotFoundException("hand-off", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandoffView> findHandoffsOfLead(LeadId leadId) {
        return handoffs.findByLead(leadId).stream().map(views::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public HandoffView findHandoff(HandoffId id, Actor actor) {
        return handoffs.find(id)
                .filter(handoff -> decisions.mayDecide(handoff, actor))
                .map(views::of)
                .orElseThrow(() -> new NotFoundException("hand-off", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandoffView> findHandoffsOfLead(LeadId leadId, Actor actor) {
        return handoffs.findByLead(leadId).stream()
                .filter(handoff -> decisions.mayDecide(handoff, actor))
                .map(views::of)
                .toList();
    }
}
