package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.application.port.out.SlaLogContract;
import io.leadflow.handoff.domain.HandoffId;

class FakeLogContractTest extends SlaLogContract {

    private final Fakes.Log log = new Fakes.Log();

    @Override
    protected SlaLog log() {
        return log;
    }

    @Override
    protected HandoffId storedHandoff() {
        return HandoffId.newId();
    }
}
