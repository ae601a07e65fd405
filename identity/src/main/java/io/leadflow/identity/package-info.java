/**
 * FOR LOCAL USE ONLY: the identity provider of a local run. Spring Authorization Server with its login page,
 * the users and roles of {@code leadflow.identity.users}, and one registered client, the gateway, which signs
 * people in with Authorization Code and PKCE. It holds no lead data and is never deployed to Kubernetes, where
 * the company's own provider takes its place.
 */
@NullMarked
package io.leadflow.identity;

import org.jspecify.annotations.NullMarked;
