/**
 * The ingestion model: contacts and the engagements they make. Plain Java over the shared kernel; no framework,
 * no I/O.
 */
package io.leadflow.ingestion.domain;
