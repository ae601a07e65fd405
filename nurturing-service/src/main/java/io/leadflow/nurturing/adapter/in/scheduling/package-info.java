/**
 * The way in from the clock: a recurring db-scheduler task that drives the below-threshold enrolment use case, and
 * the poller that drives due step deliveries. They call driving ports only, hold no logic of their own and use no
 * other adapter; what a round asks for comes from configuration.
 */
package io.leadflow.nurturing.adapter.in.scheduling;
