/**
 * Use-case implementations: package-private, each built by its static factory in {@link ScoringServices}; transactions
 * start here. They see only ports, the domain and the kernel; Spring's {@code @Transactional} is the one framework
 * type allowed.
 */
package io.leadflow.scoring.application.service;
