/** Micrometer behind the {@code IngestionMetrics} port: counters with low-cardinality tags only. */
package io.leadflow.ingestion.adapter.out.metrics;
