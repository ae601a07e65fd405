/** Wiring and typed properties only: which adapter serves which port, the clock, scheduling. No logic. */
package io.leadflow.nurturing.config;
