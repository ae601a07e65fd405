/**
 * Scoring models as versioned documents: reading and validating a document (every violation named by its place),
 * segments, fit, behaviour, counted and negative rules, decay, grades and fast-track, and the score of a lead's state
 * under a model. Plain Java; no framework.
 */
package io.leadflow.scoring.domain.model;
