/** Wiring and typed properties only: which adapter serves which port, the clock, re-scoring and outbox settings. */
package io.leadflow.scoring.config;
