/** Driving ports: the use cases ingestion offers, with commands that validate themselves. No framework. */
package io.leadflow.ingestion.application.port.in;
