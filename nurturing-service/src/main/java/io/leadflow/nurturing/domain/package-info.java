/**
 * The nurturing model: the tracks marketing runs for rejected leads, the enrolment of a lead in one of them, and
 * the triage that decides, for each rejection, whether the lead is nurtured or disqualified. Plain Java over the
 * shared kernel; no framework, no I/O, no clock of its own (time is passed in).
 */
package io.leadflow.nurturing.domain;
