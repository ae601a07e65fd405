package io.leadflow.scoring.adapter.out.xgboost;

import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** One booster; calls are serialised, since a loaded booster is shared by every request that reads a likelihood. */
final class XgboostLikelihoodModel implements LikelihoodModel {

    private final Booster booster;
    private final int columns;

    XgboostLikelihoodModel(Booster booster, int columns) {
        this.booster = booster;
        this.columns = columns;
    }

    @Override
    public synchronized double[] predict(float[] matrix, int rows) {
        if (rows == 0) {
            return new double[0];
        }
        DMatrix data = matrix(matrix, rows);
        try {
            float[][] predicted = booster.predict(data);
            double[] likelihoods = new double[rows];
            for (int i = 0; i < rows; i++) {
                likelihoods[i] = predicted[i][0];
            }
            return likelihoods;
        } catch (XGBoostError e) {
            throw new XgboostFailure("prediction failed", e);
        } finally {
            data.dispose();
        }
    }

    @Override
    public synchronized double[] contributions(float[] row) {
        DMatrix data = matrix(row, 1);
        try {
            float[] contributions = booster.predictContrib(data, 0)[0];
            double[] result = new double[contributions.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = contributions[i];
            }
            return result;
        } catch (XGBoostError e) {
            throw new XgboostFailure("contributions failed", e);
        } finally {
            data.dispose();
        }
    }

    @Override
    public synchronized byte[] trees() {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new XgboostFailure("trees could not be written", e);
        }
    }

    private DMatrix matrix(float[] values, int rows) {
        try {
            return new DMatrix(values, rows, columns, Float.NaN);
        } catch (XGBoostError e) {
            throw new XgboostFailure("rows could not be read", e);
        }
    }
}
