package io.leadflow.ingestion.adapter.in.web;

/**
 * The receipt for an accepted engagement: keep the event id to retry safely, the lead id to follow the lead. The lead
 * id is null while the engagement belongs to an anonymous visitor not yet identified.
 */
public record EngagementAcceptedResponse(String eventId, String leadId, boolean duplicate) {}
