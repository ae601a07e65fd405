package io.leadflow.handoff.adapter.in.web;

/** The rep who takes the hand-off over; an id as text, so a bad one is answered with its field. */
public record ReassignHandoffRequest(String repId) {}
