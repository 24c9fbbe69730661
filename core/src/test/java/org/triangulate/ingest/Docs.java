package org.triangulate.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Collects what an ingester emits. */
final class Docs {
    final List<RawDocument> documents = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();

    static Docs ingest(InputStream stdin, long max, String... inputs) {
        Docs d = new Docs();
        new FileIngester(stdin, max).ingest(List.of(inputs), d.documents::add, d.errors::add);
        return d;
    }

    static Docs ingest(String... inputs) {
        return ingest(InputStream.nullInputStream(), FileIngester.DEFAULT_MAX_DOCUMENT_BYTES, inputs);
    }

    List<String> sources() {
        return documents.stream().map(RawDocument::source).toList();
    }

    List<String> errorSources() {
        return errors.stream().map(InputError::source).toList();
    }
}
