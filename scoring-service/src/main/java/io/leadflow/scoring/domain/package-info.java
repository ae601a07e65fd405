/**
 * The scoring model and each lead's score state: scoring models as domain objects, the set of scored engagements,
 * profile facts, the stage timeline and the qualification rules. Plain Java over the shared kernel; no framework, no
 * I/O, no clock (time is passed in).
 */
package io.leadflow.scoring.domain;
