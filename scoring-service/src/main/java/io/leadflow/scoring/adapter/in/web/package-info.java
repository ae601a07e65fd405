/**
 * The REST API of scoring: the lead view (stage, score, reasons, timeline). Controllers parse path values and call
 * driving ports only; every refusal is an RFC 9457 problem. No persistence or messaging here.
 */
package io.leadflow.scoring.adapter.in.web;
