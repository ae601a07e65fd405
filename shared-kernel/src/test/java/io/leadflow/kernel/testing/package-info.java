/**
 * Support for the services' integration tests that is plain Java and the same everywhere: fresh local databases.
 * Shipped in the kernel's test-jar; never on a production classpath.
 */
package io.leadflow.kernel.testing;
