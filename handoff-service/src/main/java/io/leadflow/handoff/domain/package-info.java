/**
 * The hand-off model: sales reps, hand-offs and their decisions, the assignment policy, lead profiles and the
 * delivery of notifications with its retry rules. Plain Java over the shared kernel; no framework, no I/O, time
 * is always passed in.
 */
package io.leadflow.handoff.domain;
