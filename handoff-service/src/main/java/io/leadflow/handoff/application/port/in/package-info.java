/**
 * Driving ports: the use cases and queries hand-off offers, with commands that validate themselves and views
 * for reading. No framework.
 */
package io.leadflow.handoff.application.port.in;
