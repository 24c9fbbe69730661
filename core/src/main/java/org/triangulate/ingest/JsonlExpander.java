package org.triangulate.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Expands JSON Lines into one {@link RawDocument} per line, named {@code source#line} (1-based line number).
 * The body is {@code html} (HTML), {@code text} (a text dump) or {@code markdown}/{@code md} (Markdown), first
 * present wins; {@code id}, {@code url}, {@code title}, {@code date}/{@code published}, {@code modified}, {@code author},
 * {@code outlet}/{@code site}, {@code language}, {@code description} go into {@link RawDocument#fields()}.
 * A line that is not a JSON object, or has no body, is an {@link InputError}; the other lines go on.
 * Lines are streamed; a line longer than the limit is skipped with an error. A file that is one JSON document
 * instead (a pretty-printed object, or an array of objects) is read whole: see {@link #expandDocument}.
 */
final class JsonlExpander {
    /** Body fields in order of preference, with the format each holds. */
    private static final List<Map.Entry<String, Format>> BODIES = List.of(
            Map.entry("html", Format.HTML), Map.entry("text", Format.TEXT),
            Map.entry("markdown", Format.MARKDOWN), Map.entry("md", Format.MARKDOWN));

    /** Metadata fields: the field name in {@link RawDocument#fields()} and the JSON names that fill it. */
    private static final List<Map.Entry<String, List<String>>> FIELDS = List.of(
            Map.entry("id", List.of("id", "doc_id", "docid")),
            Map.entry("url", List.of("url")),
            Map.entry("title", List.of("title")),
            Map.entry("published", List.of("published", "date", "date_published", "datePublished", "publish_date")),
            Map.entry("modified", List.of("modified", "date_modified", "dateModified")),
            Map.entry("author", List.of("author", "authors", "byline")),
            Map.entry("outlet", List.of("outlet", "site", "site_name", "siteName")),
            Map.entry("language", List.of("language", "lang")),
            Map.entry("description", List.of("description")));

    private final long maxLineBytes;
    private final ObjectMapper mapper = new ObjectMapper();

    JsonlExpander(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    void expand(String source, InputStream in, Consumer<RawDocument> documents, Consumer<InputError> errors)
            throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int lineNo = 1;
        boolean overflow = false;
        while (true) {
            int n = in.read(buf);
            int start = 0;
            for (int i = 0; i < Math.max(n, 0); i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                overflow = append(line, buf, start, i - start, overflow);
                finish(source, lineNo, line, overflow, documents, errors);
                line.reset();
                overflow = false;
                lineNo++;
                start = i + 1;
            }
            if (n < 0) {
                finish(source, lineNo, line, overflow, documents, errors);
                return;
            }
            overflow = append(line, buf, start, n - start, overflow);
        }
    }

    /** Appends to the current line unless it already overflowed; returns whether it overflows now. */
    private boolean append(ByteArrayOutputStream line, byte[] buf, int off, int len, boolean overflow) {
        if (overflow || len == 0) {
            return overflow;
        }
        if (line.size() + (long) len > maxLineBytes) {
            line.reset();
            return true;
        }
        line.write(buf, off, len);
        return false;
    }

    private void finish(String source, int lineNo, ByteArrayOutputStream line, boolean overflow,
                        Consumer<RawDocument> documents, Consumer<InputError> errors) {
        if (overflow) {
            errors.accept(new InputError(source + "#" + lineNo, "ingest",
                    "line longer than the limit of " + FileIngester.megabytes(maxLineBytes)));
        } else if (line.size() > 0) {
            handle(source + "#" + lineNo, line.toString(StandardCharsets.UTF_8), documents, errors);
        }
    }

    /**
     * True when the first non-blank line of the head is a whole JSON object on its own ({@code {...}}): JSON Lines.
     * Otherwise the input is one JSON document (a pretty-printed object or an array of objects).
     */
    static boolean isJsonLines(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (!l.isEmpty()) {
                // a first line longer than the head is cut: assume lines, the usual form of large dumps
                return l.startsWith("{") && (l.endsWith("}") || line.length() == text.length());
            }
        }
        return true;
    }

    /**
     * One JSON document: an object is one document named {@code source}; an array's objects are documents
     * named {@code source#i} (1-based).
     */
    void expandDocument(String source, byte[] bytes, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            errors.accept(new InputError(source, "ingest", "invalid JSON: " + (e instanceof JacksonException j
                    ? j.getOriginalMessage() : e.getMessage())));
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                handle(source + "#" + (i + 1), root.get(i), documents, errors);
            }
        } else {
            handle(source, root, documents, errors);
        }
    }

    private void handle(String name, String line, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        String s = line.strip();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = mapper.readTree(s);
        } catch (JacksonException e) {
            errors.accept(new InputError(name, "ingest", "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        handle(name, node, documents, errors);
    }

    private void handle(String name, JsonNode node, Consumer<RawDocument> documents, Consumer<InputError> errors) {
        if (node == null || !node.isObject()) {
            errors.accept(new InputError(name, "ingest", "not a JSON object"));
            return;
        }
        Format format = null;
        String body = null;
        String bodyField = null;
        for (Map.Entry<String, Format> e : BODIES) {
            JsonNode v = node.get(e.getKey());
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                format = e.getValue();
                body = v.asText();
                bodyField = e.getKey();
                break;
            }
        }
        if (body == null) {
            errors.accept(new InputError(name, "ingest", "no html, text or markdown field"));
            return;
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("container", "jsonl");
        fields.put("content", "jsonl " + bodyField);
        for (Map.Entry<String, List<String>> f : FIELDS) {
            for (String key : f.getValue()) {
                String v = value(node.get(key));
                if (v != null) {
                    fields.put(f.getKey(), v);
                    fields.put("provenance." + f.getKey(), "jsonl " + key);
                    break;
                }
            }
        }
        documents.accept(new RawDocument(name, format, body.getBytes(StandardCharsets.UTF_8), "UTF-8",
                fields.get("url"), null, fields));
    }

    /** A scalar as text; an array of scalars or of {name: ...} objects joined by ", "; else null. */
    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : v) {
                String s = e.isObject() ? value(e.get("name")) : value(e);
                if (s != null) {
                    parts.add(s);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        if (v.isObject()) {
            return value(v.get("name"));
        }
        return null;
    }
}
