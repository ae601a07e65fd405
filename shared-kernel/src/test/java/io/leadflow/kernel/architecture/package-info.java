/**
 * The architecture rules every LeadFlow service applies, written once and published in the kernel's test-jar.
 * Ports and adapters only hold if something checks them on every build: a rule here is a plain ArchUnit
 * {@code ArchRule}, parameterised by the service's root package, saying why it exists, and proven by this
 * package's own tests to pass on a compliant miniature service and to fail on one that breaks it, so no rule can
 * pass by matching nothing. A service applies them all through one {@code ArchitectureTest} calling
 * {@link io.leadflow.kernel.architecture.LeadFlowArchitecture#checkService(String)}.
 */
package io.leadflow.kernel.architecture;
