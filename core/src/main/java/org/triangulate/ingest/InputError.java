package org.triangulate.ingest;

import java.util.Objects;

/**
 * An input that could not be read or processed. The batch goes on without it.
 *
 * @param source the input as the user named it (path, {@code -}, or {@code path#n})
 * @param stage  the pipeline stage that failed: ingest, extract, ...
 * @param reason a human-readable reason, e.g. "empty file" or "binary content (no text found)"
 */
public record InputError(String source, String stage, String reason) {
    public InputError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + stage + ": " + reason;
    }
}
