package io.leadflow.handoff.adapter.in.web;

import java.util.List;

/** A rep's organisational data; absent fields keep their value. */
public record RepDetailsRequest(
        String name,
        String webhookUrl,
        Boolean available,
        String teamId,
        String chatHandle,
        List<String> segments,
        List<String> territories,
        Integer capacity,
        Integer weight,
        String timeZone,
        String workingHours) {}
