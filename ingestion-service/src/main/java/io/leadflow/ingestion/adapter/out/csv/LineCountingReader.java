package io.leadflow.ingestion.adapter.out.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Passes a file through to the CSV parser and remembers where its line breaks are, so that a record's character
 * position (which may point at the blank lines before it) becomes the line its first value is on. Positions are asked
 * for in file order, so breaks before the last asked position are forgotten: memory stays at the parser's read-ahead.
 */
final class LineCountingReader extends FilterReader {

    private final ArrayDeque<long[]> breaks = new ArrayDeque<>();
    private long position;
    private long line = 1;

    LineCountingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            note((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            note(buffer[offset + i]);
        }
        return n;
    }

    private void note(char c) {
        if (c == '\n' || c == '\r') {
            breaks.addLast(new long[] {position, c});
        }
        position++;
    }

    /** The line of the first character at or after {@code at} that is not a line break (the header is line 1). */
    long lineAt(long at) {
        while (!breaks.isEmpty() && breaks.peekFirst()[0] < at) {
            if (breaks.pollFirst()[1] == '\n') {
                line++;
            }
        }
        long next = at;
        while (!breaks.isEmpty() && breaks.peekFirst()[0] == next) {
            if (breaks.pollFirst()[1] == '\n') {
                line++;
            }
            next++;
        }
        return line;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
