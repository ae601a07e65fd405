/**
 * What the console needs from the API, in the console's words; the adapters in {@code adapter.out} call the gateway.
 */
@NullMarked
package io.leadflow.console.application.port.out;

import org.jspecify.annotations.NullMarked;
