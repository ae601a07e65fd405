/**
 * What happens to every request and response passing the gateway, whether or not a route matched:
 * correlation ids, removal of identity headers only the gateway may set, and the translation of any
 * failure (no route, service down, service too slow) into an RFC 9457 problem. Filters know routes only
 * through route metadata; they never call a downstream service themselves.
 */
package io.leadflow.gateway.filter;
