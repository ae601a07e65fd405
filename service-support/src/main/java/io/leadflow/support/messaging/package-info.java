/**
 * The way in from RabbitMQ that every service's consumers share: reading a message (one event or a packed many) as
 * the kernel's event records, and carrying its correlation id into the logs. It decodes and logs; it never decides
 * what an event means to a service, and a service reaches it only from its messaging adapter and its configuration.
 */
package io.leadflow.support.messaging;
