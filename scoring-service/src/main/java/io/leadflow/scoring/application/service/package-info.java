/**
 * Use-case implementations: package-private, built through {@link io.leadflow.scoring.application.service.ScoringServices},
 * transactions start here. They see only ports, the domain and the kernel; Spring's {@code @Transactional} is the one
 * framework type allowed.
 */
package io.leadflow.scoring.application.service;
