package org.triangulate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Detects a document's format from its first bytes; the file name is only a tie-breaker. */
final class FormatSniffer {
    private FormatSniffer() {
    }

    /** True when the bytes hold NULs or mostly control characters (images, archives, executables). */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        if (n >= 2 && ((b[0] == (byte) 0x1f && b[1] == (byte) 0x8b))) {
            return true; // gzip: containers are handled by their own readers
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        return control > n / 10;
    }

    static Format sniff(byte[] bytes, String fileName) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        String h = head.stripLeading();
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1).stripLeading();
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("warc/")) {
            return Format.WARC;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return Format.FEED;
            }
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.matches("(?s)^<(head|body|meta|div|article|p|title)[\\s>].*")
                || (lower.startsWith("<") && lower.contains("<body"))) {
            return Format.HTML;
        }
        if (h.startsWith("{") && h.contains("\n{")) {
            return Format.JSONL;
        }
        if (h.startsWith("---\n") || h.startsWith("---\r\n")) {
            return Format.MARKDOWN;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }
}
