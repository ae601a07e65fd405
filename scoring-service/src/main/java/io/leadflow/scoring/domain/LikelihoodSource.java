package io.leadflow.scoring.domain;

import java.util.Set;

/**
 * Reads a lead's likelihoods of being won under the published versions of the predictive models its rules ask about,
 * as the lead stands when it is scored. The domain asks only when a published rule model has a likelihood condition,
 * and never for a person who objected to profiling.
 */
@FunctionalInterface
public interface LikelihoodSource {

    /** No predictive version is consulted: every likelihood condition is false. */
    LikelihoodSource NONE = models -> Likelihoods.none();

    Likelihoods read(Set<String> models);
}
