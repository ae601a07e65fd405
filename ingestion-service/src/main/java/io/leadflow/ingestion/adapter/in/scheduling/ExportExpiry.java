package io.leadflow.ingestion.adapter.in.scheduling;

import io.leadflow.ingestion.application.port.in.ExpireExportsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes assembled exports once their retention ({@code leadflow.privacy.export-retention}) ended. */
@Component
class ExportExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ExportExpiry.class);

    private final ExpireExportsUseCase expire;

    ExportExpiry(ExpireExportsUseCase expire) {
        this.expire = expire;
    }

    @Scheduled(fixedDelayString = "${leadflow.privacy.expiry-interval:1m}")
    void expire() {
        int deleted = expire.expireExports();
        if (deleted > 0) {
            LOG.info("{} export(s) past their retention deleted", deleted);
        }
    }
}
