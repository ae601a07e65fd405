/**
 * The consumer side of the suppression list: the local copy of each person's consent standing that a service which
 * could contact or profile people keeps, newest revision wins. Plain JDBC on the service's own {@code consent_copy}
 * table; which effects a standing has (no step, no webhook, no hand-off) is each service's own rule.
 */
package io.leadflow.support.consent;
