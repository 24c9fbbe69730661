package org.triangulate.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads inputs (files, directories recursively, or {@code -} for stdin) and emits one {@link RawDocument}
 * per document, expanding containers (WARC, feeds, JSONL). Streams: it never holds the whole corpus.
 * An unreadable input is reported to {@code errors} and the rest goes on.
 */
public interface Ingester {
    void ingest(List<String> inputs, Consumer<RawDocument> documents, Consumer<InputError> errors);
}
