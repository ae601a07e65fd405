/**
 * Who is calling a service: the short-lived token the gateway signs for every call it forwards, checked against the
 * gateway's published keys (signature, issuer, audience, expiry), and the {@link io.leadflow.support.security.Caller}
 * a controller receives from it. A call without a good token is a 401 problem; a service never acts on an unsigned
 * identity.
 */
@NullMarked
package io.leadflow.support.security;

import org.jspecify.annotations.NullMarked;
