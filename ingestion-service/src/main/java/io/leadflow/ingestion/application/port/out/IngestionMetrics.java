package io.leadflow.ingestion.application.port.out;

/** What operators count: events accepted per source API, and refusals per broken rule. */
public interface IngestionMetrics {

    void accepted(String sourceApi, int count);

    void rejected(String rule);
}
