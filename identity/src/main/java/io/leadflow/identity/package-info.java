/**
 * FOR LOCAL USE ONLY: the identity provider of a local run. Spring Authorization Server with its login page,
 * the users and roles of {@code leadflow.identity.users}, and two registered clients, both with Authorization
 * Code and PKCE: the gateway, which signs people in to the console, and {@code leadflow-cli}, a public client for
 * tools and tests that act as a person with a bearer token. It listens on the loopback interface only, holds no
 * lead data and is never deployed to Kubernetes, where the company's own provider takes its place.
 */
@NullMarked
package io.leadflow.identity;

import org.jspecify.annotations.NullMarked;
