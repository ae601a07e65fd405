package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.RepId;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindRepService implements FindRepQuery {

    private final SalesRepRepository reps;

    FindRepService(SalesRepRepository reps) {
        this.reps = reps;
    }

    @Override
    @Transactional(readOnly = true)
    public RepView findRep(RepId id) {
        return reps.find(id).map(HandoffViews::rep).orElseThrow(() -> new NotFoundException("sales rep", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RepView> findReps() {
        return reps.findAll().stream().map(HandoffViews::rep).toList();
    }
}
