/**
 * The way in from RabbitMQ: Spring Cloud Stream consumers that read integration events and drive the use cases
 * through their ports. Unknown event types are acknowledged and ignored (forward compatibility); a failing message
 * is retried with back-off and then dead-lettered by the binder. No persistence here.
 */
package io.leadflow.nurturing.adapter.in.messaging;
