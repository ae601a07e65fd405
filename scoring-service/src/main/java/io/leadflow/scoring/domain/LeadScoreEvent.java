package io.leadflow.scoring.domain;

/** What happened to a lead's score state, for the application to announce to the other services. */
public sealed interface LeadScoreEvent permits LeadScored, LeadQualified {}
