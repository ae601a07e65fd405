package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.PrivacyRequestPage;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.InvalidValueException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class FindPrivacyRequestService implements FindPrivacyRequestQuery {

    static final int MAX_PAGE_SIZE = 100;

    private final PrivacyServices.Ports ports;

    FindPrivacyRequestService(PrivacyServices.Ports ports) {
        this.ports = ports;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacyRequestView> findPrivacyRequest(UUID id, PrivacyRequestKind kind) {
        return ports.requests().find(id, kind);
    }

    @Override
    @Transactional(readOnly = true)
    public PrivacyRequestPage findPrivacyRequests(PrivacyRequestKind kind, int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "page.range", "page starts at 0, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "size.range", "size is 1 to " + MAX_PAGE_SIZE + ", got " + size);
        }
        return new PrivacyRequestPage(
                ports.requests().list(kind, (long) page * size, size),
                page,
                size,
                ports.requests().count(kind));
    }
}
