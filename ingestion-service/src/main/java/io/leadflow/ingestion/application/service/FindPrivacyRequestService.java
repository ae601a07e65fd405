package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class FindPrivacyRequestService implements FindPrivacyRequestQuery {

    private final PrivacyServices.Ports ports;

    FindPrivacyRequestService(PrivacyServices.Ports ports) {
        this.ports = ports;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacyRequestView> findPrivacyRequest(UUID id, PrivacyRequestKind kind) {
        return ports.requests().find(id, kind);
    }
}
