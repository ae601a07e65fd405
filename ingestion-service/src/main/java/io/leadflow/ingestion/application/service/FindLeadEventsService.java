package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.EngagementPage;
import io.leadflow.ingestion.application.port.in.FindLeadEventsQuery;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class FindLeadEventsService implements FindLeadEventsQuery {

    static final int MAX_PAGE_SIZE = 200;

    private final ContactRepository contacts;
    private final EngagementLog log;

    FindLeadEventsService(ContactRepository contacts, EngagementLog log) {
        this.contacts = contacts;
        this.log = log;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EngagementPage> findLeadEvents(LeadId lead, int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "page.range", "page starts at 0, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "size.range", "size is 1 to " + MAX_PAGE_SIZE + ", got " + size);
        }
        if (!contacts.exists(lead)) {
            return Optional.empty();
        }
        return Optional.of(
                new EngagementPage(log.ofLead(lead, (long) page * size, size), page, size, log.countOfLead(lead)));
    }
}
