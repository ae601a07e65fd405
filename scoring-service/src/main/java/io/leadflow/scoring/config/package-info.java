/** Wiring and typed properties only: which adapter serves which port, the clock, the scoring model, scheduling. */
package io.leadflow.scoring.config;
