/** Wiring and typed properties only: which adapter serves which port, the clock, the policies, scheduling. No logic. */
package io.leadflow.handoff.config;
