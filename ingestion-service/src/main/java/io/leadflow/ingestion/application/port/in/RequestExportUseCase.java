package io.leadflow.ingestion.application.port.in;

/**
 * Collects a copy of everything held about a person: ingestion's own part at once, the other services' parts as
 * their answers to {@code ExportRequested} arrive; the assembled document is kept for a bounded time only.
 */
public interface RequestExportUseCase {

    PrivacyRequestView requestExport(PrivacyRequestCommand command);
}
