/**
 * Spring Cloud Stream consumers of lead.engagements, lead.profiles and lead.lifecycle: each message is read by its
 * event-type header and handed to a driving port. Event types this version does not know are acknowledged and
 * ignored (forward compatibility); a message that keeps failing goes to the dead-letter queue. No persistence here.
 */
package io.leadflow.scoring.adapter.in.messaging;
