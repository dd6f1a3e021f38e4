package vn.tdkt.workflow.paper;

import java.io.IOException;
import java.io.Writer;

/** Collects a template's output up to a limit, so a looping template cannot fill the server's memory. */
final class BoundedWriter extends Writer {

    /** Thrown through FreeMarker, which passes a writer's IOException on unchanged. */
    static final class TooMuchOutput extends IOException {

        private static final long serialVersionUID = 1L;

        TooMuchOutput(int limit) {
            super("the template wrote more than " + limit + " characters");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int limit;

    BoundedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (text.length() + length > limit) {
            throw new TooMuchOutput(limit);
        }
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        if (text.length() + length > limit) {
            throw new TooMuchOutput(limit);
        }
        text.append(string, offset, offset + length);
    }

    @Override
    public void flush() {
        // In memory.
    }

    @Override
    public void close() {
        // In memory.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
