package io.leadflow.handoff.adapter.in.web;

/** How long the former webhook secret keeps signing, an ISO-8601 duration (absent: 24 hours). */
public record RotateWebhookSecretRequest(String gracePeriod) {}
