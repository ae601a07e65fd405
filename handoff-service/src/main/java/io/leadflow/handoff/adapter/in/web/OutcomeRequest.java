package io.leadflow.handoff.adapter.in.web;

import java.math.BigDecimal;

/**
 * What became of a qualified lead: {@code outcome} opened (with amount and currency, EUR by default), won (with the
 * amount it closed at) or lost (with a {@code lostReason} from the list and an optional note).
 */
public record OutcomeRequest(String outcome, BigDecimal amount, String currency, String lostReason, String note) {}
