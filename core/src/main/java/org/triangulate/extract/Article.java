package org.triangulate.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page reduced to its article: clean main text and metadata. Every metadata value records where it came from
 * in {@link #provenance()} (field name to method, e.g. {@code "published" -> "json-ld"},
 * {@code "published" -> "text-dateline; zone Europe/Kyiv from outlet table"}).
 *
 * @param id             stable id inside one analysis (derived from the source name)
 * @param source         the input as the user named it
 * @param url            the page URL (canonical when the page declares one), or null
 * @param title          headline without the site suffix, or null
 * @param byline         author(s) as printed, without the leading "By", or null
 * @param outlet         the publishing outlet/site name, or null
 * @param published      first publication time in UTC, or null when unknown (never invented)
 * @param publishedLocal the page's own local date-time with offset/zone, as ISO-8601, or null
 * @param modified       last modification time in UTC, or null
 * @param language       ISO 639-1 code, or null when undetermined
 * @param description    the page's summary/description, or null
 * @param image          top image URL, or null
 * @param dateline       the place dateline of the story ("MOSCOW"), or null
 * @param paragraphs     main text, one entry per paragraph or heading, in order
 * @param provenance     field name to the method that produced its value
 * @param kinds          what each paragraph is, aligned with {@code paragraphs}: {@code p}, {@code h1}..{@code h6},
 *                       {@code bullet} or {@code numbered} (a list item), {@code quote}, {@code code}, {@code row}
 *                       (a table row, cells separated by tabs); empty when the source had no structure to read
 */
public record Article(String id, String source, String url, String title, String byline, String outlet,
                      Instant published, String publishedLocal, Instant modified, String language,
                      String description, String image, String dateline, List<String> paragraphs,
                      Map<String, String> provenance, List<String> kinds) {

    /** Paragraph kinds: what {@link #kinds()} may hold. */
    public static final java.util.Set<String> KINDS = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "bullet", "numbered", "quote", "code", "row");

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (!kinds.isEmpty() && kinds.size() != paragraphs.size()) {
            throw new IllegalArgumentException(kinds.size() + " kinds for " + paragraphs.size() + " paragraphs");
        }
        for (String k : kinds) {
            if (!KINDS.contains(k)) throw new IllegalArgumentException("unknown paragraph kind " + k);
        }
        // sorted, so JSON output is the same on every run (Map.copyOf iterates in a per-JVM random order)
        provenance = provenance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(provenance));
    }

    /** An article whose paragraphs carry no structure (all plain paragraphs). */
    public Article(String id, String source, String url, String title, String byline, String outlet,
                   Instant published, String publishedLocal, Instant modified, String language,
                   String description, String image, String dateline, List<String> paragraphs,
                   Map<String, String> provenance) {
        this(id, source, url, title, byline, outlet, published, publishedLocal, modified, language, description, image,
                dateline, paragraphs, provenance, List.of());
    }

    /** What paragraph {@code i} is ({@link #KINDS}); {@code p} when the source gave no structure. */
    public String kind(int i) {
        return kinds.isEmpty() ? "p" : kinds.get(i);
    }

    /** Main text: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Number of whitespace-separated words in the main text. */
    public int wordCount() {
        int n = 0;
        for (String p : paragraphs) {
            boolean in = false;
            for (int i = 0; i < p.length(); i++) {
                boolean ws = Character.isWhitespace(p.charAt(i));
                if (!ws && !in) n++;
                in = !ws;
            }
        }
        return n;
    }

    /** The same article with another provenance map. */
    public Article withProvenance(Map<String, String> newProvenance) {
        return new Article(id, source, url, title, byline, outlet, published, publishedLocal, modified, language,
                description, image, dateline, paragraphs, newProvenance, kinds);
    }

    /** The same article under another id (ids are assigned by the facade). */
    public Article withId(String newId) {
        return new Article(newId, source, url, title, byline, outlet, published, publishedLocal, modified, language,
                description, image, dateline, paragraphs, provenance, kinds);
    }
}
