/**
 * The route table: which downstream service answers which public path, in which order, with which
 * timeouts. Routes may read the typed properties in {@code config}; they carry no behaviour of their own
 * beyond forwarding, so cross-cutting work belongs in {@code filter}, and authentication later in
 * {@code security}.
 */
package io.leadflow.gateway.route;
