package io.leadflow.handoff.adapter.in.web;

import java.math.BigDecimal;

/** BANT as the rep confirmed it, and the opportunity amount (currency defaults to EUR). */
public record QualifyHandoffRequest(
        String budget, String authority, String need, String timeline, BigDecimal amount, String currency) {}
