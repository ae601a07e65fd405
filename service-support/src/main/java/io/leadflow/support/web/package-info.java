/**
 * The HTTP side every service answers alike: the correlation id in the logging context, the RFC 9457 problem answers
 * for what is common to all services (broken field rules, unreadable bodies, framework refusals, a database outage,
 * anything unexpected) and the JSON path of a field Jackson could not read. A service's web adapter subclasses
 * {@link io.leadflow.support.web.BaseProblemHandler} for its own problem types; nothing here knows a service's domain,
 * and a service's domain and application layers never use this package.
 */
package io.leadflow.support.web;
