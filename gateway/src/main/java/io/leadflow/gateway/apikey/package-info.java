/**
 * API keys of event sources (marketing tools, Segment): an admin creates and revokes them over
 * {@code /api/v1/api-keys}; the key is shown once and only its SHA-256 is stored in the gateway's own
 * PostgreSQL database, shared by all replicas. Lookups are cached per replica for
 * {@code leadflow.security.api-keys.cache-ttl}, the longest a revoked key can still be accepted elsewhere.
 */
package io.leadflow.gateway.apikey;
