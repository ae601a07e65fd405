/**
 * The way in from RabbitMQ: Spring Cloud Stream consumers that read integration events and drive the use cases
 * through their ports. Unknown event types are acknowledged and ignored; a failing message is retried with back-off
 * and then dead-lettered by the binder. No persistence here.
 */
package io.leadflow.ingestion.adapter.in.messaging;
