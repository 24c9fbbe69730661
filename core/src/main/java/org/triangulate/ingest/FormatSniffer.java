package org.triangulate.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects a document's format from its first bytes. The content decides; the file name only breaks ties
 * (content that is equally plausible as Markdown and as a text dump, a fragment with a few tags).
 */
final class FormatSniffer {
    /** How many leading bytes the sniffer looks at. */
    static final int HEAD_BYTES = 16 * 1024;

    /** Tags that, as the first element of a document without a doctype, mark it as HTML. */
    private static final Set<String> HTML_FIRST_TAGS = Set.of("html", "head", "body", "meta", "title", "link",
            "script", "style", "div", "p", "article", "section", "main", "header", "nav", "span", "a", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "br", "img", "iframe", "form", "base", "noscript",
            "figure", "aside", "footer", "blockquote", "pre");

    private static final Pattern FIRST_TAG = Pattern.compile("^<([a-zA-Z][a-zA-Z0-9:_-]*)");
    /** An object's first key, or an array whose first element is one: "{Breaking} news" is not JSON. */
    private static final Pattern JSON_START = Pattern.compile("\\[?\\s*\\{\\s*(\"|})");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
    private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]\\n]{1,200}]\\([^)\\s]{1,500}\\)");
    private static final Pattern MD_FENCE = Pattern.compile("(?m)^```");
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(p|div|span|a|br|html|body|head|meta|table|tr|td|li|ul|h[1-6]|article|section|script)[\\s>/]");

    private FormatSniffer() {
    }

    /** True when the bytes start with the gzip magic number. */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
    }

    /** True when the bytes start like a WARC or ARC file (after decompression). */
    static boolean isWarc(byte[] head) {
        int skip = bomCharset(head) == StandardCharsets.UTF_8 ? 3 : 0;
        String start = new String(head, skip, Math.max(0, Math.min(head.length, 16) - skip), StandardCharsets.ISO_8859_1);
        return start.startsWith("WARC/") || start.startsWith("filedesc://");
    }

    /**
     * True when the bytes hold NULs or many control characters (images, archives, executables). UTF-16 text with
     * a byte-order mark is text.
     */
    static boolean looksBinary(byte[] b) {
        if (bomCharset(b) != null && bomCharset(b) != StandardCharsets.UTF_8) {
            return false;
        }
        int n = Math.min(b.length, 8192);
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
        // text documents hold almost no C0 controls besides tab/CR/LF; a tenth is far beyond any real page
        return control > n / 10;
    }

    /** The charset named by a byte-order mark, or null. */
    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The format of a document from its head.
     *
     * @param head     the first bytes (after decompression)
     * @param fileName the file name without a trailing {@code .gz}, or null (stdin); only a tie-breaker
     */
    static Format sniff(byte[] head, String fileName) {
        Charset bom = bomCharset(head);
        String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), bom == null ? StandardCharsets.UTF_8 : bom);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (text.startsWith("WARC/") || text.startsWith("filedesc://")) {
            return Format.WARC;
        }
        String markup = skipPrologue(text);
        String lower = markup.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf")) {
            return Format.FEED;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return Format.HTML;
        }
        Matcher first = FIRST_TAG.matcher(markup);
        if (first.find() && HTML_FIRST_TAGS.contains(first.group(1).toLowerCase(Locale.ROOT))) {
            return Format.HTML;
        }
        String stripped = text.stripLeading();
        if (JSON_START.matcher(stripped).lookingAt()) {
            return Format.JSONL; // JSON Lines, or one JSON document: the JSONL reader tells them apart
        }
        if (hasFrontMatter(stripped)) {
            return Format.MARKDOWN;
        }
        int htmlTags = count(HTML_TAG, text);
        int markdown = 2 * count(MD_HEADING, text) + count(MD_LINK, text) + 2 * count(MD_FENCE, text);
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown");
        // a page fragment that starts with text: HTML when markup shapes the lines (prose quoting a few tags,
        // such as an article about HTML, stays text)
        if ((htmlTags >= 10 && tagLineShare(text) >= 0.3) || (htmlTags >= 2 && htmlName)) {
            return Format.HTML;
        }
        // two headings, or a heading and links: Markdown by content; one signal is enough with a .md name
        if (markdown >= 4 || (markdown >= 1 && markdownName) || (markdownName && markdown == 0 && htmlTags == 0)) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        return Format.TEXT;
    }

    /** YAML front matter: a first line of three dashes and a closing line of dashes not far below. */
    static boolean hasFrontMatter(String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return false;
        }
        int close = text.indexOf("\n---", 3);
        return close > 0 && close < 16_000;
    }

    /** Share of non-blank lines that start with a tag. */
    private static double tagLineShare(String text) {
        int lines = 0;
        int tagged = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                lines++;
                if (l.startsWith("<")) {
                    tagged++;
                }
            }
        }
        return lines == 0 ? 0 : (double) tagged / lines;
    }

    /** Skips leading whitespace, XML declarations, processing instructions and comments. */
    private static String skipPrologue(String text) {
        String s = text.stripLeading();
        for (int guard = 0; guard < 50; guard++) {
            if (s.startsWith("<?")) {
                int end = s.indexOf("?>");
                if (end < 0) {
                    return s;
                }
                s = s.substring(end + 2).stripLeading();
            } else if (s.startsWith("<!--")) {
                int end = s.indexOf("-->");
                if (end < 0) {
                    return s;
                }
                s = s.substring(end + 3).stripLeading();
            } else if (s.regionMatches(true, 0, "<!doctype", 0, 9) && !s.regionMatches(true, 0, "<!doctype html", 0, 14)) {
                // <!DOCTYPE rss ...> of RSS 0.91: skip to the root element, past an internal subset [...] if any
                int bracket = s.indexOf('[');
                int end = s.indexOf('>');
                if (bracket >= 0 && bracket < end) {
                    int close = s.indexOf(']', bracket);
                    end = close < 0 ? -1 : s.indexOf('>', close);
                }
                if (end < 0) {
                    return s;
                }
                s = s.substring(end + 1).stripLeading();
            } else {
                return s;
            }
        }
        return s;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
