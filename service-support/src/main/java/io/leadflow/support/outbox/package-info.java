/**
 * The transactional outbox every service sends its integration events through: the writer (rows written in the
 * transaction of the change), the relay (sends with publisher confirms, marks a row sent only after the broker's ack,
 * packs high-volume streams many events to a message, stops cleanly on shutdown, can be switched off) and its backlog
 * gauge. It knows the kernel's event records and the {@code outbox_event} table; it knows nothing of any service's
 * domain, and a service reaches it only from its messaging adapter and its configuration.
 */
package io.leadflow.support.outbox;
