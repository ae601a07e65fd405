package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import org.springframework.transaction.annotation.Transactional;

class FindRejectedLeadsService implements FindRejectedLeadsQuery {

    private final RejectionLog rejections;

    FindRejectedLeadsService(RejectionLog rejections) {
        this.rejections = rejections;
    }

    @Override
    @Transactional(readOnly = true)
    public RejectedLeadPage findRejectedLeads(RejectedLeadsFilter filter) {
        return rejections.page(filter);
    }
}
