/**
 * Slack and e-mail notifications to sales and the SSRF guard every configured notification URL passes. Rendering
 * does no I/O; sending makes one attempt and reports the outcome. When to send is the delivery use case's business,
 * driven by the scheduling adapter.
 */
package io.leadflow.handoff.adapter.out.notification;
