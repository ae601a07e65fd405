/**
 * What every log line of every service and the gateway goes through before it is written, JSON or plain text: e-mail
 * addresses in the message, the stack trace and any other value are replaced by a short stable hash (the kernel's
 * {@code EmailAddress.maskAll}, docs/privacy.md). Registered in {@code META-INF/spring.factories}, so that an
 * application only needs this module on its classpath.
 */
package io.leadflow.logging;
