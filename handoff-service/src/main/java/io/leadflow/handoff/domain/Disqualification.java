package io.leadflow.handoff.domain;

import java.time.Instant;

/** Why a lead will never buy (competitor, student, fake data), in the decider's words, and when. */
public record Disqualification(String reason, String by, Instant at) {}
