/**
 * Integration events: the records that travel between services as JSON over RabbitMQ, with their common
 * metadata and the catalogue of types and streams. JDK and kernel types only; changes are additive.
 */
package io.leadflow.kernel.event;
