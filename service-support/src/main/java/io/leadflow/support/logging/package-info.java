/**
 * What every service's JSON log lines go through before they are written: e-mail addresses in any value (message,
 * stack trace, MDC) are replaced by a short hash (docs/privacy.md). Registered in {@code META-INF/spring.factories}.
 */
package io.leadflow.support.logging;
