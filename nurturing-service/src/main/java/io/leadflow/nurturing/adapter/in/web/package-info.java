/**
 * The REST API of nurturing (marketing's view of rejected leads, tracks and enrolments): controllers parse
 * parameters, call driving ports only and answer with response records through a MapStruct mapper; every refusal is
 * an RFC 9457 problem. No persistence or messaging here.
 */
package io.leadflow.nurturing.adapter.in.web;
