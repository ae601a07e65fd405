package io.leadflow.scoring.adapter.out.xgboost;

import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import io.leadflow.scoring.application.port.out.predictive.PredictiveTrainer;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.springframework.stereotype.Component;

/**
 * Binary logistic gradient-boosted trees (histogram method, NaN = unknown) with the settings' rounds, depth, learning
 * rate and seed, so that the same rows and settings give the same trees.
 */
@Component
public class XgboostTrainer implements PredictiveTrainer {

    @Override
    public LikelihoodModel train(float[] matrix, int columns, float[] labels, PredictiveSettings settings) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eval_metric", "logloss");
        params.put("tree_method", "hist");
        params.put("max_depth", settings.maxDepth());
        params.put("eta", settings.learningRate());
        params.put("seed", settings.seed());
        params.put("verbosity", 0);
        params.put("nthread", settings.threads());
        if (oneClass(labels)) {
            // the library estimates its base from the labels' mean, which has no log-odds for all won or all lost
            params.put("base_score", 0.5);
        }
        DMatrix rows = null;
        try {
            rows = new DMatrix(matrix, labels.length, columns, Float.NaN);
            rows.setLabel(labels);
            Booster booster = XGBoost.train(rows, params, settings.rounds(), Map.of(), null, null);
            return new XgboostLikelihoodModel(booster, columns);
        } catch (XGBoostError e) {
            throw new XgboostFailure("training failed", e);
        } finally {
            if (rows != null) {
                rows.dispose();
            }
        }
    }

    @Override
    public LikelihoodModel load(byte[] trees) {
        try {
            Booster booster = XGBoost.loadModel(trees);
            return new XgboostLikelihoodModel(booster, (int) booster.getNumFeature());
        } catch (XGBoostError | IOException e) {
            throw new XgboostFailure("stored trees could not be loaded", e);
        }
    }

    private static boolean oneClass(float[] labels) {
        for (float label : labels) {
            if (label != labels[0]) {
                return false;
            }
        }
        return true;
    }
}
