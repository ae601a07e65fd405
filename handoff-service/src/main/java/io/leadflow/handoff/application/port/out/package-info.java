/**
 * Driven ports: what the use cases need from storage, messaging and the notification channels, in domain words.
 * No framework; adapters implement them.
 */
package io.leadflow.handoff.application.port.out;
