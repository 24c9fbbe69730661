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
 */
public record Article(String id, String source, String url, String title, String byline, String outlet,
                      Instant published, String publishedLocal, Instant modified, String language,
                      String description, String image, String dateline, List<String> paragraphs,
                      Map<String, String> provenance) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
        // sorted, so JSON output is the same on every run (Map.copyOf iterates in a per-JVM random order)
        provenance = provenance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(provenance));
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
                description, image, dateline, paragraphs, newProvenance);
    }

    /** The same article under another id (ids are assigned by the facade). */
    public Article withId(String newId) {
        return new Article(newId, source, url, title, byline, outlet, published, publishedLocal, modified, language,
                description, image, dateline, paragraphs, provenance);
    }
}
