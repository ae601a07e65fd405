/**
 * Driving ports: the use cases and queries nurturing offers, with commands and filters that validate themselves
 * and the views the queries return. No framework.
 */
package io.leadflow.nurturing.application.port.in;
