package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Expands a WARC or ARC stream (already decompressed, or gzipped per record) into one {@link RawDocument} per
 * successful HTML capture: {@code response} records with a 2xx HTTP status and an HTML content type, and
 * {@code resource} records holding HTML. Records are streamed one at a time; a record larger than the limit is
 * reported and skipped. Documents are named {@code source#n}, n the 1-based position of the record in the file
 * (request, metadata and other skipped records count too, so a number always points at the same record).
 */
final class WarcExpander {
    private final long maxRecordBytes;

    WarcExpander(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    void expand(String source, InputStream in, Consumer<RawDocument> documents, Consumer<InputError> errors)
            throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            // lenient: real crawls carry slightly malformed headers that still delimit records correctly
            reader.setLenient(true);
            int n = 0;
            boolean lastFailed = false;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (lastFailed) {
                        return; // the broken record was named already; skipping past it is what failed
                    }
                    // a broken record header loses the record boundaries: nothing after it can be trusted
                    errors.accept(new InputError(source + "#" + (n + 1), "ingest",
                            "broken WARC record, rest of the file skipped: " + FileIngester.reason(e)));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                n++;
                String name = source + "#" + n;
                lastFailed = false;
                try {
                    RawDocument doc = toDocument(name, next.get(), errors);
                    if (doc != null) {
                        documents.accept(doc);
                    }
                } catch (IOException | RuntimeException e) {
                    lastFailed = true;
                    // the record's own length still delimits it: the reader goes on with the next one
                    errors.accept(new InputError(name, "ingest", "broken WARC record: " + FileIngester.reason(e)));
                }
            }
        }
    }

    private RawDocument toDocument(String name, WarcRecord record, Consumer<InputError> errors) throws IOException {
        byte[] body;
        MediaType type;
        String target;
        if (record instanceof WarcResponse response) {
            if (!isHttp(response)) {
                return null; // dns:, gemini: and other non-HTTP captures
            }
            if (tooLarge(name, record, errors)) {
                return null;
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return null; // redirects and error pages are not articles
            }
            type = http.contentType();
            body = FileIngester.readAtMost(http.bodyDecoded().stream(), maxRecordBytes);
            target = response.target();
        } else if (record instanceof WarcResource resource) {
            if (tooLarge(name, record, errors)) {
                return null;
            }
            type = resource.contentType();
            body = FileIngester.readAtMost(resource.body().stream(), maxRecordBytes);
            target = resource.target();
        } else {
            return null;
        }
        if (body == null) {
            errors.accept(new InputError(name, "ingest", "record body larger than the limit of "
                    + FileIngester.megabytes(maxRecordBytes)));
            return null;
        }
        if (!isHtml(type, body)) {
            return null;
        }
        if (body.length == 0) {
            errors.accept(new InputError(name, "ingest", "empty HTML response"));
            return null;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        return new RawDocument(name, Format.HTML, body, charset, target, record.date(),
                Map.of("container", "warc", "provenance.url", "warc target uri"));
    }

    private boolean tooLarge(String name, WarcRecord record, Consumer<InputError> errors) throws IOException {
        long size = record.body().size();
        if (size > maxRecordBytes) {
            errors.accept(new InputError(name, "ingest", "record of " + FileIngester.megabytes(size)
                    + " exceeds the limit of " + FileIngester.megabytes(maxRecordBytes) + "; skipped"));
            return true;
        }
        return false;
    }

    private static boolean isHttp(WarcResponse response) {
        String t = response.target() == null ? "" : response.target().toLowerCase(Locale.ROOT);
        return t.startsWith("http:") || t.startsWith("https:") || response.contentType().base().equals(MediaType.HTTP);
    }

    /** HTML by declared type; an undeclared or generic type is sniffed from the body. */
    private static boolean isHtml(MediaType type, byte[] body) {
        if (type != null && type.isValid()) {
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
                return true;
            }
            if (!base.equals("application/octet-stream") && !base.equals("text/plain")) {
                return false;
            }
        }
        byte[] head = java.util.Arrays.copyOf(body, Math.min(body.length, FormatSniffer.HEAD_BYTES));
        return !FormatSniffer.looksBinary(head) && FormatSniffer.sniff(head, null) == Format.HTML;
    }
}
