/**
 * Spring Cloud Stream consumers of lead.lifecycle and lead.profiles: they read the kernel's event records and call
 * driving ports only. Unknown event types are acknowledged and ignored (forward compatibility); a failing message
 * is retried with back-off and then dead-lettered by the binder.
 */
package io.leadflow.handoff.adapter.in.messaging;
