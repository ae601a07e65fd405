package io.leadflow.scoring.adapter.in.web;

/** A body that is no YAML or JSON at all, with where its reader gave up (1-based line and column, 0 if unknown). */
final class UnreadableDocumentException extends RuntimeException {

    private final int line;
    private final int column;

    UnreadableDocumentException(String detail, int line, int column) {
        super(detail);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
