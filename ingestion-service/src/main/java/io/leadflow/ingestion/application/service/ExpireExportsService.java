package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ExpireExportsUseCase;
import org.springframework.transaction.annotation.Transactional;

class ExpireExportsService implements ExpireExportsUseCase {

    private final PrivacyServices.Ports ports;

    ExpireExportsService(PrivacyServices.Ports ports) {
        this.ports = ports;
    }

    @Override
    @Transactional
    public int expireExports() {
        return ports.requests().deleteExpiredExports(ports.clock().instant());
    }
}
