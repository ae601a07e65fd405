package io.leadflow.ingestion.adapter.in.scheduling;

import io.leadflow.ingestion.application.port.in.ExpireExportsUseCase;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes assembled exports once their retention ({@code leadflow.privacy.export-retention}) ended. */
@Component
class ExportExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ExportExpiry.class);

    private final ExpireExportsUseCase expire;

    private final OutageBackoff backoff;

    ExportExpiry(ExpireExportsUseCase expire, DependencyOutages outages, ResilienceProperties resilience) {
        this.expire = expire;
        this.backoff = new OutageBackoff("export-expiry", outages, resilience);
    }

    @Scheduled(fixedDelayString = "${leadflow.privacy.expiry-interval:1m}")
    void expire() {
        backoff.run(() -> {
            int deleted = expire.expireExports();
            if (deleted > 0) {
                LOG.info("{} export(s) past their retention deleted", deleted);
            }
        });
    }
}
