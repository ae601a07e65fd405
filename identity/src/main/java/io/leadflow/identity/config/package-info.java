/**
 * Typed properties and the guard that keeps this provider off Kubernetes. Wiring only: no rule about who a
 * user is lives here.
 */
@NullMarked
package io.leadflow.identity.config;

import org.jspecify.annotations.NullMarked;
