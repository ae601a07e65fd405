package io.leadflow.handoff.adapter.in.web;

/** A rep's rejection: a reason code such as {@code timing} or {@code no_budget}, and an optional note. */
public record RejectHandoffRequest(String reason, String note) {}
