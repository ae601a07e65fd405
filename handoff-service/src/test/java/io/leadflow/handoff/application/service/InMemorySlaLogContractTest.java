package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.application.port.out.SlaLogContract;
import io.leadflow.handoff.domain.HandoffId;

class InMemorySlaLogContractTest extends SlaLogContract {

    private final InMemorySlaLog log = new InMemorySlaLog();

    @Override
    protected SlaLog log() {
        return log;
    }

    @Override
    protected HandoffId storedHandoff() {
        return HandoffId.newId();
    }
}
