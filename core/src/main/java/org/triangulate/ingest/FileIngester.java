package org.triangulate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads files, directories (recursively, entries sorted by name, hidden files and folders skipped) and stdin
 * ({@code -}). Each input is opened as a stream, decompressed when gzipped, sniffed by content and either handed
 * over as one {@link RawDocument} or expanded: WARC/ARC into its HTML responses, feeds into their items, JSONL
 * into its lines. Feeds are read after the batch's other inputs: an item whose full page the batch holds (a saved
 * file of that name, a WARC capture or JSONL line at its link) comes out once, as that page ({@link Batch}).
 * Every failure becomes an {@link InputError} naming the input; the batch always goes on.
 */
final class FileIngester implements Ingester {
    /** Largest single document or container record read into memory (a gzip bomb or a 2 GB page stops here). */
    static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    /** File names that may hold feeds; only these are pre-read to find local pages a feed already covers. */
    private static final List<String> FEED_NAMES = List.of(".xml", ".rss", ".atom", ".rdf", ".feed");

    private final InputStream stdin;
    private final long maxDocumentBytes;
    private final WarcExpander warc;
    private final FeedExpander feeds;
    private final JsonlExpander jsonl;

    FileIngester() {
        this(System.in, DEFAULT_MAX_DOCUMENT_BYTES);
    }

    FileIngester(InputStream stdin, long maxDocumentBytes) {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("maxDocumentBytes must be >= 1, got " + maxDocumentBytes);
        }
        this.stdin = stdin;
        this.maxDocumentBytes = maxDocumentBytes;
        this.warc = new WarcExpander(maxDocumentBytes);
        this.feeds = new FeedExpander(maxDocumentBytes);
        this.jsonl = new JsonlExpander(maxDocumentBytes);
    }

    @Override
    public void ingest(List<String> inputs, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        // the batch is listed first (paths only): a feed's item may name a page given anywhere in it
        List<Entry> entries = new ArrayList<>();
        for (String input : inputs) {
            try {
                list(input, entries, errors);
            } catch (RuntimeException | StackOverflowError e) {
                errors.accept(new InputError(input, "ingest", "internal error: " + e));
            }
        }
        Batch batch = new Batch(entries.stream().map(Entry::path).filter(java.util.Objects::nonNull).toList());
        Set<Path> covered = new HashSet<>();
        Set<Path> feedFiles = scanFeeds(entries, batch, covered);
        // feeds come last: an item whose page came in another input (a WARC capture, a JSONL line) stays out, and
        // that page carries the item's metadata
        Consumer<RawDocument> adopting = d -> documents.accept(batch.adopt(d));
        List<Entry> feeds = new ArrayList<>();
        for (Entry e : entries) {
            if (e.path() != null && feedFiles.contains(e.path())) {
                feeds.add(e);
            } else if (e.path() == null || !covered.contains(e.path().toAbsolutePath().normalize())) {
                readEntry(e, batch, adopting, errors);
            }
        }
        feeds.forEach(e -> readEntry(e, batch, documents, errors));
    }

    private void readEntry(Entry e, Batch batch, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        try {
            if (e.path() == null) {
                read("-", stdin, null, null, batch, documents, errors);
            } else {
                readFile(e.source(), e.path(), batch, documents, errors);
            }
        } catch (RuntimeException | StackOverflowError ex) {
            // last line of defence: one input never takes the batch down
            errors.accept(new InputError(e.source(), "ingest", "internal error: " + ex));
        }
    }

    /** One input of a batch: a file as the user named it (or as found in a folder), or stdin ({@code path} null). */
    private record Entry(String source, Path path) {
    }

    @Override
    public void ingestStream(String source, InputStream in, Consumer<RawDocument> documents,
                             Consumer<InputError> errors) {
        try {
            String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
            read(source, in, null, name, Batch.none(), documents, errors);
        } catch (RuntimeException | StackOverflowError e) {
            errors.accept(new InputError(source, "ingest", "internal error: " + e));
        }
    }

    /** Adds the input's files to the batch: itself, or a folder's files in walking order. */
    private void list(String input, List<Entry> out, Consumer<InputError> errors) {
        if (input.equals("-")) {
            out.add(new Entry("-", null));
            return;
        }
        Path p;
        try {
            p = Path.of(input);
        } catch (RuntimeException e) {
            errors.accept(new InputError(input, "ingest", "invalid path: " + e.getMessage()));
            return;
        }
        if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            listFiles(input, p, files, new HashSet<>(), errors);
            files.forEach(f -> out.add(new Entry(f.toString(), f)));
        } else {
            out.add(new Entry(input, p));
        }
    }

    /** Depth-first, entries sorted by name; unreadable folders are reported and skipped. */
    private void listFiles(String shown, Path dir, List<Path> out, Set<Path> visited, Consumer<InputError> errors) {
        try {
            if (!visited.add(dir.toRealPath())) {
                return; // a symbolic link loop
            }
        } catch (IOException e) {
            errors.accept(new InputError(shown, "ingest", "cannot resolve directory: " + reason(e)));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                entries.add(e);
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(new InputError(shown, "ingest", "cannot list directory: " + reason(e)));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path e : entries) {
            if (e.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(e)) {
                listFiles(e.toString(), e, out, visited, errors);
            } else {
                out.add(e);
            }
        }
    }

    /**
     * Reads the batch's feeds ahead (files with a feed's name that sniff as one): their items go into the batch,
     * the saved pages they link to into {@code covered} (those come out as the items, not twice). Returns the feeds.
     */
    private Set<Path> scanFeeds(List<Entry> entries, Batch batch, Set<Path> covered) {
        Set<Path> feedFiles = new HashSet<>();
        for (Entry e : entries) {
            Path f = e.path();
            if (f == null) {
                continue;
            }
            String name = stripGz(f.getFileName().toString().toLowerCase(Locale.ROOT));
            if (FEED_NAMES.stream().noneMatch(name::endsWith) || !Files.isRegularFile(f)) {
                continue;
            }
            try (InputStream in = open(Files.newInputStream(f))) {
                byte[] bytes = in.readNBytes((int) Math.min(maxDocumentBytes, Integer.MAX_VALUE - 16));
                if (!FormatSniffer.looksBinary(bytes) && FormatSniffer.sniff(bytes, name) == Format.FEED) {
                    feedFiles.add(f);
                    covered.addAll(feeds.localPages(bytes, f, batch));
                    feeds.items(e.source(), bytes).forEach(batch::addItem);
                }
            } catch (IOException | com.rometools.rome.io.FeedException | RuntimeException ex) {
                // the feed's own error is reported when it is read in order
            }
        }
        return feedFiles;
    }

    private void readFile(String source, Path p, Batch batch, Consumer<RawDocument> documents,
                          Consumer<InputError> errors) {
        if (!Files.exists(p)) {
            Path parent = p.toAbsolutePath().getParent();
            String why = parent == null || Files.isDirectory(parent) ? "no such file"
                    : Files.exists(parent) ? "no such file (" + parent.getFileName() + " is not a directory)"
                    : "no such file or directory";
            errors.accept(new InputError(source, "ingest", why));
            return;
        }
        if (!Files.isRegularFile(p)) {
            errors.accept(new InputError(source, "ingest", "not a regular file"));
            return;
        }
        if (!Files.isReadable(p)) {
            errors.accept(new InputError(source, "ingest", "not readable (permission denied)"));
            return;
        }
        try (InputStream in = Files.newInputStream(p)) {
            read(source, in, p, p.getFileName().toString(), batch, documents, errors);
        } catch (IOException e) {
            errors.accept(new InputError(source, "ingest", "cannot read: " + reason(e)));
        }
    }

    /**
     * Reads one input stream: decompresses gzip, rejects empty and binary content, sniffs the format and hands
     * the document over or expands the container.
     *
     * @param path the file, or null for stdin (feeds then cannot resolve local pages)
     */
    private void read(String source, InputStream raw, Path path, String fileName, Batch batch,
                      Consumer<RawDocument> documents, Consumer<InputError> errors) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            byte[] head = peek(in);
            if (head.length == 0) {
                errors.accept(new InputError(source, "ingest", "empty input (0 bytes)"));
                return;
            }
            String name = fileName;
            TruncationTolerant gunzip = null;
            if (FormatSniffer.isGzip(head)) {
                gunzip = new TruncationTolerant(new GZIPInputStream(in, 64 * 1024));
                in = new BufferedInputStream(gunzip, 64 * 1024);
                head = peek(in);
                name = fileName == null ? null : stripGz(fileName);
                if (head.length == 0) {
                    errors.accept(new InputError(source, "ingest", gunzip.truncation != null
                            ? "cannot read: " + reason(gunzip.truncation) : "empty input (gzip holds 0 bytes)"));
                    return;
                }
            }
            // a WARC's records hold images and other binary payloads: its own magic number decides
            if (!FormatSniffer.isWarc(head) && FormatSniffer.looksBinary(head)) {
                errors.accept(new InputError(source, "ingest",
                        "binary content, not a text, Markdown, HTML, WARC, feed or JSONL document"));
                return;
            }
            Format format = FormatSniffer.sniff(head, name);
            Consumer<RawDocument> sink = documents;
            List<RawDocument> held = new ArrayList<>();
            if (gunzip != null && !(format == Format.WARC || format == Format.JSONL)) {
                sink = held::add; // a single document from a cut gzip stream is incomplete: hold it until the end
            }
            expand(source, format, in, head, path, batch, sink, errors);
            if (gunzip != null && gunzip.truncation != null) {
                errors.accept(new InputError(source, "ingest", "gzip data truncated ("
                        + reason(gunzip.truncation) + ")" + (held.isEmpty() ? "" : "; document skipped")));
            } else {
                held.forEach(documents);
            }
        } catch (IOException e) {
            errors.accept(new InputError(source, "ingest", "cannot read: " + reason(e)));
        }
    }

    /** Hands over one document, or expands a container into its documents. */
    private void expand(String source, Format format, BufferedInputStream in, byte[] head, Path path,
                        Batch batch, Consumer<RawDocument> documents, Consumer<InputError> errors)
            throws IOException {
        switch (format) {
            case WARC -> warc.expand(source, in, documents, errors);
            case JSONL -> {
                if (JsonlExpander.isJsonLines(head)) {
                    jsonl.expand(source, in, documents, errors);
                } else {
                    byte[] bytes = readCapped(source, in, errors);
                    if (bytes != null) {
                        jsonl.expandDocument(source, bytes, documents, errors);
                    }
                }
            }
            case FEED -> {
                byte[] bytes = readCapped(source, in, errors);
                if (bytes != null) {
                    feeds.expand(source, bytes, path, batch, documents, errors);
                }
            }
            default -> {
                byte[] bytes = readCapped(source, in, errors);
                if (bytes != null) {
                    Charset bom = FormatSniffer.bomCharset(bytes);
                    documents.accept(new RawDocument(source, format, bytes, bom == null ? null : bom.name(),
                            null, null, Map.of()));
                }
            }
        }
    }

    /**
     * Ends a decompressed stream quietly where the compressed data was cut off (a partial download), remembering
     * why: the records before the cut still come out, and the cut is reported once.
     */
    private static final class TruncationTolerant extends java.io.FilterInputStream {
        private IOException truncation;

        TruncationTolerant(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (truncation != null) {
                return -1;
            }
            try {
                return super.read();
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                truncation = e;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (truncation != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                truncation = e;
                return -1;
            }
        }
    }

    private byte[] readCapped(String source, InputStream in, Consumer<InputError> errors) throws IOException {
        byte[] bytes = readAtMost(in, maxDocumentBytes);
        if (bytes == null) {
            errors.accept(new InputError(source, "ingest", "larger than the limit of " + megabytes(maxDocumentBytes)
                    + " for one document"));
        }
        return bytes;
    }

    /** Reads the whole stream, or returns null when it holds more than {@code max} bytes. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) {
            return null;
        }
        return bytes;
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(FormatSniffer.HEAD_BYTES + 1);
        byte[] head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        in.reset();
        return head;
    }

    private static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(4);
        byte[] magic = in.readNBytes(2);
        in.reset();
        return FormatSniffer.isGzip(magic) ? new GZIPInputStream(in) : in;
    }

    private static String stripGz(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return name;
    }

    /** An exception's message, or its type when it has none (AccessDeniedException carries only the path). */
    static String reason(Throwable e) {
        String type = e.getClass().getSimpleName();
        String msg = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "corrupt gzip data (" + msg + ")";
        }
        if (e instanceof java.io.EOFException) {
            return "unexpected end of data" + (msg == null ? "" : " (" + msg + ")");
        }
        return msg == null || msg.isBlank() ? type : msg;
    }
}
