/**
 * The queries' implementations: package-private, they use the driven ports and know nothing of HTTP or templates.
 */
@NullMarked
package io.leadflow.console.application.service;

import org.jspecify.annotations.NullMarked;
