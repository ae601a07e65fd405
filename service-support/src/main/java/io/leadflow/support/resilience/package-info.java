/**
 * Telling a broken piece of work from an unavailable dependency, and waiting out the second: the classification of
 * failures, the consumers' retry policy, and the register of stalled workers behind readiness and the
 * {@code leadflow.worker.*} metrics. It decides how long to wait, never what the work means.
 */
package io.leadflow.support.resilience;
