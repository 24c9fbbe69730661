package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads files, directories (recursively, in sorted order) and stdin ("-"). */
final class FileIngester implements Ingester {
    private final InputStream stdin;

    FileIngester() {
        this(System.in);
    }

    FileIngester(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public void ingest(List<String> inputs, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        for (String input : inputs) {
            if (input.equals("-")) {
                try {
                    emit("-", stdin.readAllBytes(), null, documents, errors);
                } catch (IOException e) {
                    errors.accept(new InputError("-", "ingest", "cannot read stdin: " + e.getMessage()));
                }
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> readFile(f.toString(), f, documents, errors));
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.accept(new InputError(input, "ingest", "cannot list directory: " + e.getMessage()));
                }
            } else {
                readFile(input, p, documents, errors);
            }
        }
    }

    private void readFile(String source, Path p, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        if (!Files.exists(p)) {
            errors.accept(new InputError(source, "ingest", "no such file or directory"));
            return;
        }
        if (!Files.isReadable(p)) {
            errors.accept(new InputError(source, "ingest", "not readable (permission denied)"));
            return;
        }
        try {
            emit(source, Files.readAllBytes(p), p.getFileName().toString(), documents, errors);
        } catch (IOException e) {
            errors.accept(new InputError(source, "ingest", "cannot read: " + e.getMessage()));
        } catch (OutOfMemoryError e) {
            errors.accept(new InputError(source, "ingest", "too large to read into memory"));
        }
    }

    private void emit(String source, byte[] bytes, String fileName, Consumer<RawDocument> documents,
                      Consumer<InputError> errors) {
        if (bytes.length == 0) {
            errors.accept(new InputError(source, "ingest", "empty input"));
            return;
        }
        if (FormatSniffer.looksBinary(bytes)) {
            errors.accept(new InputError(source, "ingest", "binary content, not a text, HTML, WARC or feed document"));
            return;
        }
        Format f = FormatSniffer.sniff(bytes, fileName);
        documents.accept(new RawDocument(source, f, bytes, null, null, null, null));
    }
}
