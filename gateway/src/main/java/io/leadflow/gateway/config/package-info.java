/**
 * Wiring and typed properties only: where the four services live and how long the gateway waits for them.
 * No request handling happens here; defaults run locally and every value can be overridden from the
 * environment through relaxed binding ({@code LEADFLOW_SERVICES_SCORING}, {@code LEADFLOW_TIMEOUTS_RESPONSE}).
 */
package io.leadflow.gateway.config;
