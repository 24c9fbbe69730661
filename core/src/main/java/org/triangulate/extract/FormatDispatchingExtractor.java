package org.triangulate.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.html.HtmlExtractor;
import org.triangulate.extract.lang.LanguageDetector;
import org.triangulate.extract.lang.LanguageResolver;
import org.triangulate.extract.text.MarkdownExtractor;
import org.triangulate.extract.text.TextDumpExtractor;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.Rfc822Zones;

/**
 * Chooses the extractor for a document's format, then completes the article with what the container knew and
 * the page did not say: title, byline, outlet, published/modified time, description and language from the
 * container's {@link RawDocument#fields()} (feed item, JSONL line), the URL from the document; finally the
 * language is decided from the declared one and the text ({@link LanguageResolver}). Every value filled here is
 * recorded in the article's provenance. Container formats never reach this class: the ingester expands them.
 */
final class FormatDispatchingExtractor implements Extractor {
    private final Extractor html;
    private final Extractor markdown;
    private final Extractor text;
    private final LanguageResolver languages;

    FormatDispatchingExtractor() {
        this(org.triangulate.extract.meta.ZoneResolver.standard());
    }

    /** One outlet table shared by the text and Markdown extractors (it is loaded once). */
    private FormatDispatchingExtractor(org.triangulate.extract.meta.ZoneResolver zones) {
        this(new HtmlExtractor(), new MarkdownExtractor(zones), new TextDumpExtractor(zones),
                new LanguageResolver(new LanguageDetector()));
    }

    FormatDispatchingExtractor(Extractor html, Extractor markdown, Extractor text, LanguageResolver languages) {
        this.html = html;
        this.markdown = markdown;
        this.text = text;
        this.languages = languages;
    }

    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        // the language model loads while the first page is extracted (a no-op once it has started)
        languages.loadModelInBackground();
        TextBudget.Bounded bounded = document.format() == Format.HTML ? null : TextBudget.apply(document);
        RawDocument doc = bounded == null ? document : bounded.document();
        Article a = switch (doc.format()) {
            case HTML -> html.extract(id, doc);
            case MARKDOWN -> markdown.extract(id, doc);
            case TEXT -> text.extract(id, doc);
            case WARC, FEED, JSONL -> throw new ExtractionException(
                    "container format " + doc.format() + " must be expanded by the ingester");
        };
        if (bounded != null && bounded.note() != null) {
            Map<String, String> prov = new HashMap<>(a.provenance());
            prov.merge("text", bounded.note(), (old, note) -> old + "; " + note);
            a = a.withProvenance(prov);
        }
        return complete(a, document);
    }

    /** Fills what the page lacked from the container, then decides the language. */
    Article complete(Article a, RawDocument doc) {
        Map<String, String> f = doc.fields();
        Map<String, String> prov = new HashMap<>(a.provenance());
        String url = a.url();
        if (blank(url) && !blank(doc.url())) {
            url = doc.url();
            prov.put("url", origin(f, "url", "container url"));
        }
        String title = fill(a.title(), f, "title", prov);
        String byline = fill(a.byline(), f, "author", "byline", prov);
        String outlet = fill(a.outlet(), f, "outlet", prov);
        String description = fill(a.description(), f, "description", prov);
        Instant published = a.published();
        String publishedLocal = a.publishedLocal();
        if (!blank(f.get("published"))) {
            ParsedDate d = parseDate(f.get("published"));
            if (d != null && published == null) {
                published = d.instant();
                if (publishedLocal == null) {
                    publishedLocal = d.local();
                }
                prov.put("published", origin(f, "published", "container date") + d.note());
            } else if (d != null && refines(d, published, publishedLocal)) {
                // a feed item's or JSONL line's timestamp beats the bare day the page gave (a URL path, mostly)
                prov.put("published", origin(f, "published", "container date") + d.note() + "; the page gave only the day ("
                        + a.provenance().get("published") + ")");
                published = d.instant();
                publishedLocal = d.local();
            }
        }
        Instant modified = a.modified();
        if (modified == null && !blank(f.get("modified"))) {
            ParsedDate d = parseDate(f.get("modified"));
            if (d != null) {
                modified = d.instant();
                prov.put("modified", origin(f, "modified", "container date") + d.note());
            }
        }
        String declared = a.language();
        String declaredVia = a.provenance().get("language");
        if (blank(declared) && !blank(f.get("language"))) {
            declared = f.get("language");
            declaredVia = origin(f, "language", "container");
        }
        String bodyText = a.text();
        if (bodyText.length() < 400 && title != null) {
            bodyText = title + "\n\n" + bodyText; // a feed summary is short: the headline helps
        }
        LanguageResolver.LanguageResolution lang = languages.resolve(declared, declaredVia, bodyText);
        if (lang.provenance() != null) {
            prov.put("language", lang.provenance());
        } else {
            prov.remove("language");
        }
        ParagraphBounds.Split split = ParagraphBounds.split(a.paragraphs(), a.kinds(), ParagraphBounds.MAX_PARAGRAPH_CHARS);
        List<String> paragraphs = split.paragraphs();
        List<String> kinds = split.kinds();
        if (paragraphs != a.paragraphs()) {
            prov.merge("text", "paragraphs over " + ParagraphBounds.MAX_PARAGRAPH_CHARS + " chars split",
                    (old, note) -> old + "; " + note);
        }
        List<String> kept = ParagraphBounds.limit(paragraphs, ParagraphBounds.MAX_ARTICLE_CHARS);
        if (kept != paragraphs) {
            prov.merge("text", "text cut after " + kept.size() + " of " + paragraphs.size() + " paragraphs (limit "
                    + ParagraphBounds.MAX_ARTICLE_CHARS + " chars)", (old, note) -> old + "; " + note);
            paragraphs = kept;
            kinds = kinds.isEmpty() ? kinds : kinds.subList(0, kept.size());
        }
        return new Article(a.id(), a.source(), url, title, byline, outlet, published, publishedLocal, modified,
                lang.language(), description, a.image(), a.dateline(), paragraphs, prov, kinds);
    }

    /** True when the container's date has a time of day and the page's has none, and both name the same day. */
    private static boolean refines(ParsedDate container, Instant page, String pageLocal) {
        if (container.dateOnly() || page == null || pageLocal == null || pageLocal.contains("T")
                || pageLocal.length() < 10) {
            return false;
        }
        String containerDay = container.local() != null && container.local().length() >= 10
                ? container.local().substring(0, 10) : container.instant().toString().substring(0, 10);
        return containerDay.equals(pageLocal.substring(0, 10));
    }

    private static String fill(String current, Map<String, String> f, String key, Map<String, String> prov) {
        return fill(current, f, key, key, prov);
    }

    private static String fill(String current, Map<String, String> f, String key, String articleField,
                               Map<String, String> prov) {
        if (!blank(current) || blank(f.get(key))) {
            return current;
        }
        prov.put(articleField, origin(f, key, "container " + key));
        return f.get(key).strip();
    }

    private static String origin(Map<String, String> f, String key, String fallback) {
        String o = f.get("provenance." + key);
        return blank(o) ? fallback : o;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * @param instant the time in UTC
     * @param local   the value's own local date-time with offset (ISO-8601) when it had one, else null
     * @param dateOnly the value named a day without a time
     * @param note    appended to the provenance: "" or a remark on an assumption made
     */
    record ParsedDate(Instant instant, String local, boolean dateOnly, String note) {
    }

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    /** An RFC 822 zone name ({@link Rfc822Zones}) that RFC 1123 parsing lacks, written as "+hhmm" instead. */
    private static final DateTimeFormatter NUMERIC_ZONE = DateTimeFormatter.ofPattern("xx", Locale.ROOT);
    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s([A-Z]{1,3})$");

    /**
     * Parses ISO-8601 (with offset, instant, local date-time or date) and RFC 822/1123 dates, and epoch seconds or
     * milliseconds; null when the value is none of these (it is then not used: dates are never invented).
     */
    static ParsedDate parseDate(String raw) {
        String s = raw.strip();
        try {
            OffsetDateTime odt = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return new ParsedDate(odt.toInstant(), odt.toString(), false, "");
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME);
            return new ParsedDate(z.toInstant(), z.toOffsetDateTime().toString(), false, "");
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(s.replaceFirst(" ", "T"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return new ParsedDate(odt.toInstant(), odt.toString(), false, "");
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(s.replaceFirst(" ", "T"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return new ParsedDate(ldt.toInstant(ZoneOffset.UTC), null, false, " (no zone given, read as UTC)");
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            LocalDate d = LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
            return new ParsedDate(d.atStartOfDay(ZoneOffset.UTC).toInstant(), null, true, " (date only, 00:00 UTC)");
        } catch (DateTimeParseException e) {
            // next form
        }
        String rfc = s.replaceAll("\\s+", " ");
        Matcher zone = TRAILING_ZONE.matcher(rfc);
        ZoneOffset named = zone.find() ? Rfc822Zones.offset(zone.group(1)) : null;
        if (named != null) {
            rfc = rfc.substring(0, zone.start(1)) + NUMERIC_ZONE.format(named);
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(rfc, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH));
            return new ParsedDate(z.toInstant(), z.toOffsetDateTime().toString(), false, "");
        } catch (DateTimeParseException e) {
            // next form
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            Instant i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return new ParsedDate(i, null, false, " (epoch " + (s.length() >= 12 ? "milliseconds" : "seconds") + ")");
        }
        return null;
    }
}
