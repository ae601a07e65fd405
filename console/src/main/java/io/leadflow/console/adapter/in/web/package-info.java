/**
 * Pages and fragments (Thymeleaf, htmx), the caller of the gateway's verified caller token, and the page's security headers.
 * Controllers use the driving ports only; every value reaches the page through escaping {@code th:text}.
 */
@NullMarked
package io.leadflow.console.adapter.in.web;

import org.jspecify.annotations.NullMarked;
