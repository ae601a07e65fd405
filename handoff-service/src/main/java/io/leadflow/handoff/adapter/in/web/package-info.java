/**
 * The REST API of hand-off: sales reps, hand-offs and the reps' decisions. Controllers turn web bodies into
 * commands and call driving ports only; every refusal is an RFC 9457 problem. No persistence or messaging here.
 */
package io.leadflow.handoff.adapter.in.web;
