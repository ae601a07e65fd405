/**
 * The gateway: the only door from outside into LeadFlow. It owns no business data and has no hexagon;
 * {@code route} decides which service answers a path, {@code filter} shapes every request and response on
 * its way through (correlation ids, header hygiene, problem details for failures), {@code config} holds
 * typed properties and wiring only. It never depends on another service's code, not even the shared kernel.
 */
package io.leadflow.gateway;
