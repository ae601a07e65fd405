/**
 * The shared kernel: identifiers, value objects and the lifecycle state machine that mean the same in every
 * service. Plain Java only; no framework, no ports, no one service's rules. A type enters here only when two
 * services need the same meaning.
 */
package io.leadflow.kernel;
