package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.port.in.IntakeAdmission;
import io.leadflow.ingestion.application.port.out.EventBacklog;
import java.util.concurrent.atomic.AtomicBoolean;

/** Refuses intake above the backlog limit and takes it in again once the backlog fell below the resume mark. */
final class FindIntakeAdmissionService implements FindIntakeAdmissionQuery {

    private final EventBacklog backlog;
    private final AdmissionSettings settings;
    private final AtomicBoolean refusing = new AtomicBoolean();

    FindIntakeAdmissionService(EventBacklog backlog, AdmissionSettings settings) {
        this.backlog = backlog;
        this.settings = settings;
    }

    @Override
    public IntakeAdmission admission() {
        long pending = backlog.pending();
        boolean refuse = settings.maxBacklog() > 0
                && (pending > settings.maxBacklog() || (refusing.get() && pending >= settings.resumeBelow()));
        refusing.set(refuse);
        return new IntakeAdmission(!refuse, pending, settings.maxBacklog(), settings.retryAfter());
    }
}
