package io.leadflow.handoff.adapter.in.web;

/** A new sales rep; values arrive as text so that a bad one is answered with its field and rule. */
public record RegisterRepRequest(String name, String email, String webhookUrl, Boolean available) {}
