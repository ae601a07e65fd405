/**
 * Wiring and typed properties only.
 */
@NullMarked
package io.leadflow.console.config;

import org.jspecify.annotations.NullMarked;
