/**
 * The REST API of hand-off: sales reps, hand-offs and the reps' decisions, and the sales organisation (teams, routing
 * rules, SLA policies). Controllers turn web bodies into commands and views into response records through MapStruct
 * mappers, and call driving ports only; every refusal is an RFC 9457 problem. No persistence or messaging here.
 */
package io.leadflow.handoff.adapter.in.web;
