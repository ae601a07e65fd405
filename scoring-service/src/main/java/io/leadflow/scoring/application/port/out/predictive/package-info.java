/**
 * What the predictive score needs from outside: a learner of gradient-boosted trees and a store of trained versions.
 */
package io.leadflow.scoring.application.port.out.predictive;
