/** The predictive score's use cases: create a model, train a version, publish it, read models and likelihoods. */
package io.leadflow.scoring.application.port.in.predictive;
