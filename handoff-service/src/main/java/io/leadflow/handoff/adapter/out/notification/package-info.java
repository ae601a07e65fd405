/**
 * Slack and e-mail notifications to sales, the SSRF guard every configured notification URL passes, and the worker
 * that sends due Slack and e-mail deliveries through the delivery use case. Rendering does no I/O; sending makes one
 * attempt and reports the outcome.
 */
package io.leadflow.handoff.adapter.out.notification;
