package io.leadflow.ingestion.application.port.in;

/** Deletes exports kept past their retention (docs/privacy.md); returns how many. */
public interface ExpireExportsUseCase {

    int expireExports();
}
