package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.ConversionRow;
import org.jspecify.annotations.Nullable;

/** One row of hand-off's {@code GET /api/v1/reports/conversion}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ConversionBody(
        String key,
        long mql,
        long sal,
        long sql,
        @Nullable Double salRate,
        @Nullable Double sqlRate) {

    ConversionRow toRow() {
        return new ConversionRow(key, mql, sal, sql, salRate, sqlRate);
    }
}
