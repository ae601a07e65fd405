/**
 * What the pages ask for: one query per view. Interfaces and their records only.
 */
@NullMarked
package io.leadflow.console.application.port.in;

import org.jspecify.annotations.NullMarked;
