/**
 * Test support that the services share through service-support's test-jar: plain JUnit helpers on the local
 * PostgreSQL, no Spring context.
 */
package io.leadflow.support.testing;
