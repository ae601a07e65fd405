/**
 * What every service that calls a customer's URL needs: the Standard Webhooks signature of a message and the guard
 * that keeps calls away from internal addresses (SSRF). Plain Java with no Spring beans: a service's outbound adapter
 * builds them from its own configuration. Never used by a service's domain or application layer.
 */
package io.leadflow.support.webhook;
