package io.leadflow.scoring.adapter.out.xgboost;

/** The native library refused a training or a prediction: a defect or a broken installation, never bad input. */
class XgboostFailure extends RuntimeException {

    XgboostFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
