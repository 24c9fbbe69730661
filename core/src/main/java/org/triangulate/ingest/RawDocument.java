package org.triangulate.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.triangulate.text.CharsetGuess;

/**
 * One document as read from an input, before extraction.
 *
 * @param source    where it came from, as the user named it: a path as given, {@code -} for stdin,
 *                  or {@code path#n} for the n-th record of a container (WARC, feed, JSONL)
 * @param format    detected format of {@link #content()} (never a container format: containers are expanded)
 * @param content   the raw bytes (charset decoding is the extractor's job: see {@code declaredCharset})
 * @param declaredCharset charset named by the transport (HTTP header, feed), or null
 * @param url       the page's URL when the input knows it (WARC target URI, feed link, JSONL url), or null
 * @param fetched   when the page was fetched (WARC date), or null; never used as the publish time
 * @param fields    metadata the container carried alongside the page (feed item title/date/author, JSONL fields);
 *                  keys are lower-case field names, values as given
 */
public record RawDocument(String source, Format format, byte[] content, String declaredCharset,
                          String url, Instant fetched, Map<String, String> fields) {

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A document with no transport metadata. */
    public static RawDocument of(String source, Format format, String text) {
        return new RawDocument(source, format, text.getBytes(StandardCharsets.UTF_8), "UTF-8", null, null, Map.of());
    }

    /**
     * The content decoded as the declared charset; without one (a text file on disk), UTF-8 when valid, else the
     * plausible single-byte charset ({@link CharsetGuess}: windows-1251, KOI8-R or windows-1252).
     */
    public String text() {
        if (declaredCharset != null) {
            try {
                return new String(content, java.nio.charset.Charset.forName(declaredCharset));
            } catch (RuntimeException e) {
                // an unknown name: as if none was given
            }
        }
        return CharsetGuess.guess(content).text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument r && source.equals(r.source) && format == r.format
                && Arrays.equals(content, r.content) && Objects.equals(url, r.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, format, Arrays.hashCode(content), url);
    }

    @Override
    public String toString() {
        return "RawDocument[" + source + ", " + format + ", " + content.length + " bytes]";
    }
}
