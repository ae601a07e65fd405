/**
 * Driving ports: the use cases scoring offers, with commands that validate themselves, and the lead query with its
 * view. Plain Java over the domain and the kernel; no framework.
 */
package io.leadflow.scoring.application.port.in;
