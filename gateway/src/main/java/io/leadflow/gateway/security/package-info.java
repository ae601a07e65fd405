/**
 * Who may come in and where: authentication (people's bearer tokens, event sources' API keys, the local
 * issuer for a local run), the role → route {@link io.leadflow.gateway.security.AccessMatrix}, refusals as
 * problems, and the identity headers the services trust. Ownership of a resource is the services' check.
 */
package io.leadflow.gateway.security;
