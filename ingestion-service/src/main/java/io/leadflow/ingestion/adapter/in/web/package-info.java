/**
 * The REST API of ingestion: controllers turn web bodies into commands and views into response records through
 * MapStruct mappers injected into them, and call driving ports only; every refusal is an RFC 9457 problem. No
 * persistence or messaging here.
 */
package io.leadflow.ingestion.adapter.in.web;
