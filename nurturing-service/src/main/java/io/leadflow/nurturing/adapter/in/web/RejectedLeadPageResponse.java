package io.leadflow.nurturing.adapter.in.web;

import java.util.List;

/** A page of rejected leads, newest first; {@code total} counts every match of the filter. */
public record RejectedLeadPageResponse(List<RejectedLeadResponse> items, int page, int size, long total) {}
