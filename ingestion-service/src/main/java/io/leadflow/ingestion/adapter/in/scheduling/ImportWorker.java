package io.leadflow.ingestion.adapter.in.scheduling;

import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.port.in.ImportJobUseCase;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works through open imports in the background, chunk after chunk while there is work. Any replica may run it: jobs
 * are claimed with {@code SKIP LOCKED}, and every chunk commits its progress, so a killed worker loses at most the
 * chunk in flight, which the next worker repeats without recording anything twice. While intake is refused for the
 * backlog (admission control), it takes no new chunk: the import waits, and goes on once the backlog has drained.
 */
@Component
class ImportWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobUseCase imports;
    private final FindIntakeAdmissionQuery admission;
    private final OutageBackoff backoff;

    ImportWorker(
            ImportJobUseCase imports,
            FindIntakeAdmissionQuery admission,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        this.imports = imports;
        this.admission = admission;
        this.backoff = new OutageBackoff("imports", outages, resilience);
    }

    @Scheduled(fixedDelayString = "${leadflow.imports.poll-interval:500ms}")
    void work() {
        try {
            backoff.run(() -> {
                while (admission.admission().admitted() && imports.processNextChunk()) {
                    LOG.debug("import chunk committed");
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("import chunk failed, will retry: {}", e.toString());
        }
    }
}
