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

    /**
     * Reads one named stream (a class-path resource, an upload) exactly as a file of that name would be read:
     * format sniffed, gzip decompressed, containers expanded. The stream is not closed.
     */
    void ingestStream(String source, java.io.InputStream in, Consumer<RawDocument> documents,
                      Consumer<InputError> errors);
}
