/**
 * The way in from the clock: scheduled workers that drive use cases (assign waiting hand-offs, send due
 * notifications) at the intervals configured under {@code leadflow.*}. They call driving ports only, hold no logic
 * of their own and use no other adapter; what a round asks for comes from configuration.
 */
package io.leadflow.handoff.adapter.in.scheduling;
