package io.leadflow.scoring.adapter.in.web;

import java.util.List;

/** Rows of an account file that break a rule; the file is refused whole. */
class InvalidAccountFileException extends RuntimeException {

    private final transient List<RowError> errors;

    InvalidAccountFileException(List<RowError> errors) {
        super(errors.size() + " row(s) of the account file are invalid; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }

    /**
     * @param row the row's number after the header (1 = first row)
     * @param line the line of the file the row ends on
     */
    record RowError(int row, long line, String field, String rule, String detail) {}
}
