/**
 * Miniature services that the architecture rules are tested against: {@code compliant} follows every rule, and
 * each package under {@code violating} breaks one of them. They live outside every real service's package and are
 * left out by {@code LeadFlowArchitecture.importService}, so they never reach a service's own check.
 */
package io.leadflow.archfixture;
