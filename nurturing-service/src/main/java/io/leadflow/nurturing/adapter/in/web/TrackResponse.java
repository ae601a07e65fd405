package io.leadflow.nurturing.adapter.in.web;

import java.util.List;

/** A nurture track; reasons are the lower-case codes the API accepts, e.g. {@code no_budget}. */
public record TrackResponse(String key, String name, List<String> reasons, String cadence) {
}
