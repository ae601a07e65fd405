/**
 * What every LeadFlow service needs alike and writes once here: the transactional outbox and its relay, the reader of
 * integration events, the processed-events store, correlation and trace helpers, the base problem handler, the
 * webhook signer and the SSRF guard. Spring-aware; used by the four services' adapters and configuration, never by
 * the kernel, the gateway or a service's domain and application layers.
 */
package io.leadflow.support;
