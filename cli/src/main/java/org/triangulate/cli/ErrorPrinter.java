package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.triangulate.ingest.InputError;

/** Prints per-input errors to stderr as they happen, and counts them. */
final class ErrorPrinter implements Consumer<InputError> {
    private final PrintWriter err;
    private int count;

    ErrorPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(InputError e) {
        count++;
        err.println("triangulate: " + e.source() + ": " + e.reason() + " (" + e.stage() + ")");
        err.flush();
    }

    int count() {
        return count;
    }
}
