/**
 * XGBoost behind the predictive score's trainer port: gradient-boosted trees trained and run in-process through the
 * library's bundled native code. Only this package knows the library; its errors leave it as {@link XgboostFailure}.
 */
package io.leadflow.scoring.adapter.out.xgboost;
