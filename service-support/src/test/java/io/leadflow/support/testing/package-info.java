/**
 * Test support that the services share through service-support's test-jar: plain JUnit helpers on the local
 * PostgreSQL, and the gateway's caller tokens signed with a test key ({@link io.leadflow.support.testing.GatewayTokens})
 * whose key set every Spring test context is pointed at.
 */
package io.leadflow.support.testing;
