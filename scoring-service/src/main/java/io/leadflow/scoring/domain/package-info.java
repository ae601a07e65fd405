/**
 * Each lead's score state and the rules that qualify it: incremental per-rule state per model version, profile facts,
 * first touch, the stage timeline, explanations. The scoring model itself (documents, rules, conditions) lives in
 * {@code domain.model}. Plain Java over the shared kernel; no framework, no I/O, no clock (time is passed in).
 */
package io.leadflow.scoring.domain;
