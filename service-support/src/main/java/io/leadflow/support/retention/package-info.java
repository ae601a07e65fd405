/**
 * Retention, one job for every service: each service lists its kinds of data (table, time column, how long to keep,
 * an optional condition, or columns to clear instead of deleting the row) under {@code leadflow.retention.rules}, and
 * db-scheduler runs the job on one replica at a time. Adapters and configuration only; no service's domain sees it.
 */
package io.leadflow.support.retention;
