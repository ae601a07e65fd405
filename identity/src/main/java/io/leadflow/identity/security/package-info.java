/**
 * Who may sign in and what their tokens say: the configured users (passwords hashed at start-up) and the claims
 * the gateway reads ({@code email}, {@code roles}, audience {@code leadflow}). May use Spring Security and the
 * authorization server's customisation points; holds no state beyond the configured users.
 */
@NullMarked
package io.leadflow.identity.security;

import org.jspecify.annotations.NullMarked;
