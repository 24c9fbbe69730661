package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's first publication and last modification dates, each with its source: JSON-LD, meta tags, microdata,
 * labelled and textual datelines, {@code <time>} elements, the URL path, page-state JSON.
 */
final class PublishDates {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "og:published_time", "published_time", "article:published", "datepublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date", "article.published",
            "citation_publication_date", "citation_date", "originalpublicationdate", "displaydate",
            "published", "date_published", "publication-date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time",
            "og:article:modified_time", "modified_time", "datemodified", "last-modified", "dcterms.modified",
            "article.updated", "lastmod"};
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\\\\?[\"'](datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|pubDate"
                    + "|first_publication_date|date_posted|published|dateCreated)\\\\?[\"']\\s*:\\s*\\\\?[\"']"
                    + "(\\d{4}-\\d{2}-\\d{2}[^\"'\\\\]{0,30})");
    private static final org.jsoup.select.Evaluator FOREIGN_TIME = Signals.css("aside, footer, nav, li, "
            + "[class*=related], [class*=comment], [class*=sidebar], [class*=widget], [class*=recommend]");

    /**
     * What the dates are read from.
     *
     * @param jsonLd      the page's JSON-LD objects, flattened
     * @param main        the JSON-LD article object, else the page object, or null
     * @param url         the page URL (canonical when declared), or null
     * @param documentUrl the URL the page was fetched from, or null
     * @param title       the page's title as chosen by the metadata extractor, or null
     * @param byline      the visible byline when one was already found, or null
     * @param bylineSearched whether the page was already searched for one (then a null byline means none: the
     *                    search is a pass over the page, not repeated)
     */
    record Page(Document doc, List<JsonNode> jsonLd, JsonNode main, String url,
                String documentUrl, String title, Bylines.Found byline, boolean bylineSearched) {
        /** A page read on its own (tests, callers without the metadata extractor's context). */
        static Page of(Document doc, String url, String title) {
            List<JsonNode> ld = JsonLd.objects(doc);
            JsonNode main = ld.stream().filter(JsonLd::isArticle).findFirst()
                    .or(() -> ld.stream().filter(JsonLd::isPage).findFirst()).orElse(null);
            return new Page(doc, ld, main, url, url, title, null, false);
        }
    }

    /** The dates found; a source names where each came from (for provenance), null with its date. */
    record Found(IsoDates.ParsedDate published, String publishedSource, IsoDates.ParsedDate modified,
                 String modifiedSource) {
    }

    private PublishDates() {
    }

    /** A date and where it came from. */
    private record Dated(IsoDates.ParsedDate date, String source) {
        static Dated of(IsoDates.ParsedDate date, String source) {
            return date == null ? null : new Dated(date, source);
        }

        static Dated published(TextDates t, String how) {
            return t.published() == null ? null : new Dated(t.published(), how + " '" + t.publishedText() + "'");
        }

        static Dated modified(TextDates t, String how) {
            return t.modified() == null ? null : new Dated(t.modified(), how + " '" + t.modifiedText() + "'");
        }
    }

    static Found find(Page page) {
        Document doc = page.doc();
        Map<String, String> meta = articleMeta(doc);
        Dated machine = machinePublished(page, meta);
        Dated url = Dated.of(IsoDates.fromUrl(page.url()), "url path");
        if (url == null) url = Dated.of(IsoDates.fromUrl(page.documentUrl()), "url path");

        // the page's printed dates, strongest first: an "originally published" note, a labelled date, visible
        // microdata, the headline's and the byline's datelines
        TextDates.Labels labels = TextDates.Labels.scan(doc);
        TextDates inline = TextDates.inlineLabelled(doc, labels);
        Dated original = inline.original() ? Dated.published(inline, "text") : null;
        TextDates labelled = TextDates.labelled(doc, labels);
        TextDates near = TextDates.nearHeadline(doc, page.title());
        // read only when the stronger sources give nothing (each is a pass over the page)
        Lazy<TextDates> besideByline = new Lazy<>(() -> {
            Bylines.Found b = page.byline() != null || page.bylineSearched() ? page.byline() : Bylines.find(doc);
            return b == null || b.element() == null ? null : TextDates.nearByline(b.element());
        });
        Lazy<TextDates> datelines = new Lazy<>(() -> TextDates.find(doc));
        Dated shown = first(() -> Dated.published(labelled, "labelled date"),
                () -> inline.original() ? null : Dated.published(inline, "labelled text"),
                () -> Dated.published(TextDates.microdata(doc), "visible microdata datePublished"),
                () -> Dated.published(near, "text near headline"),
                () -> besideByline.get() == null ? null : Dated.published(besideByline.get(), "text beside byline"));

        Dated published;
        if (original != null && (machine == null || !original.date().localDay().isAfter(machine.date().localDay()))) {
            published = original;
        } else if (machine != null) {
            published = reconcile(machine, shown, url, doc);
        } else {
            Dated fromUrl = url;
            published = first(() -> shown, () -> fromUrl, () -> Dated.published(datelines.get(), "text dateline"),
                    () -> {
                        Element time = firstArticleTime(doc, DateLabels.Kind.NONE);
                        return time == null ? null : Dated.of(IsoDates.parse(time.attr("datetime")), "<time datetime> in article");
                    },
                    () -> selfListed(doc), () -> scriptDate(doc),
                    () -> Dated.of(IsoDates.parse(JsonLd.text(page.main(), "dateCreated")), "json-ld dateCreated"));
            if (published != null && published != url && url != null) published = reconcile(published, null, url, doc);
        }

        // the last modification: the metadata's, unless the page prints a later update
        Dated machineModified = machineModified(page, meta);
        // with a metadata date, only the explicit printed updates can be later; without one, any printed update
        Dated shownModified = first(() -> Dated.modified(labelled, "labelled date"),
                () -> Dated.modified(inline, "labelled text"),
                () -> Dated.modified(near, "text near headline"),
                () -> machineModified != null ? null : Dated.modified(datelines.get(), "text"),
                () -> machineModified != null || besideByline.get() == null ? null
                        : Dated.modified(besideByline.get(), "text beside byline"),
                () -> {
                    Element updated = machineModified != null ? null : firstArticleTime(doc, DateLabels.Kind.UPDATED);
                    return updated == null ? null
                            : Dated.of(IsoDates.parse(updated.attr("datetime")), "<time datetime> labelled updated");
                });
        Dated modified = machineModified;
        if (modified == null || shownModified != null
                && shownModified.date().localDay().isAfter(modified.date().localDay())) {
            modified = shownModified == null ? null : modified == null ? shownModified
                    : new Dated(shownModified.date(), shownModified.source() + " (later than " + modified.source() + ")");
        }
        return new Found(published == null ? null : published.date(), published == null ? null : published.source(),
                modified == null ? null : modified.date(), modified == null ? null : modified.source());
    }

    /**
     * The metadata's publication date checked against what the page shows. Metadata often carries the CMS's
     * last (re)publication or an import date, while the page prints the first publication; the page's own
     * readers see its local day, while the metadata may be a UTC timestamp. So: the same instant with the page's
     * own offset takes that offset; an earlier printed day (or URL day) that the UTC instant falls on in some
     * time zone becomes the shown day; an earlier printed day beyond that is the first publication. A later
     * printed date is an update, and the metadata stays.
     */
    private static Dated reconcile(Dated machine, Dated shown, Dated url, Document doc) {
        Dated out = machine;
        Dated local = sameInstantWithOffset(machine.date(), doc);
        if (local != null) out = new Dated(local.date(), machine.source() + "; local time from " + local.source());
        for (Dated e : new Dated[] {shown, url}) {
            if (e == null) continue;
            LocalDate day = e.date().localDay();
            if (!day.isBefore(out.date().localDay())) continue;
            if (!out.date().dateOnly() && zoneDay(out.date(), day)) {
                out = new Dated(out.date().shownAs(day), out.source() + "; day as shown by " + e.source());
            } else {
                out = new Dated(e.date(), e.source() + " (earlier than " + out.source() + " " + out.date().localDay() + ")");
            }
        }
        return out;
    }

    /** Widest span of UTC offsets in use: a UTC instant falls on these local days somewhere. */
    private static final Duration WEST = Duration.ofHours(12);
    private static final Duration EAST = Duration.ofHours(14);

    /** Whether the instant of {@code d} is on {@code day} in some time zone. */
    private static boolean zoneDay(IsoDates.ParsedDate d, LocalDate day) {
        Instant i = d.instant();
        LocalDate west = i.minus(WEST).atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate east = i.plus(EAST).atOffset(ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(west) && !day.isAfter(east);
    }

    /** A visible {@code <time datetime>} naming the same instant with another offset: the page's own local time. */
    private static Dated sameInstantWithOffset(IsoDates.ParsedDate d, Document doc) {
        if (d.dateOnly()) return null;
        int seen = 0;
        for (Element t : doc.select("time[datetime]")) {
            if (++seen > 50) break;
            IsoDates.ParsedDate v = IsoDates.parse(t.attr("datetime"));
            if (v == null || v.dateOnly() || v.offset() == null || v.offset().equals(d.offset())) continue;
            if (Duration.between(v.instant(), d.instant()).abs().compareTo(Duration.ofMinutes(1)) <= 0) {
                return new Dated(v, "<time datetime>");
            }
        }
        return null;
    }

    private static Dated machinePublished(Page page, Map<String, String> meta) {
        JsonNode main = page.main();
        Dated d = Dated.of(jsonLdDate(main, "datePublished", page.doc()), "json-ld datePublished");
        if (d != null) return d;
        for (JsonNode n : page.jsonLd()) {
            if (n == main || !(JsonLd.isArticle(n) || JsonLd.isPage(n))) continue;
            d = Dated.of(jsonLdDate(n, "datePublished", page.doc()), "json-ld datePublished (" + String.join(",", JsonLd.types(n)) + ")");
            if (d != null) return d;
        }
        for (String key : PUBLISHED_META) {
            d = Dated.of(metaDate(meta.get(key), page.doc()), "meta " + key);
            if (d != null) return d;
        }
        // keys outside the list: the earliest value, since a page may also carry its re-publication time
        Dated earliest = null;
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (!PUBLISHED_KEY.matcher(e.getKey()).find() || NOT_PUBLISHED_KEY.matcher(e.getKey()).find()) continue;
            d = Dated.of(metaDate(e.getValue(), page.doc()), "meta " + e.getKey());
            if (d != null && (earliest == null || d.date().instant().isBefore(earliest.date().instant()))) earliest = d;
        }
        if (earliest != null) return earliest;
        for (Element t : page.doc().select("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][content]")) {
            if (inOtherItem(t) || TextDates.kindOf(t) == DateLabels.Kind.UPDATED) continue;
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
            d = Dated.of(IsoDates.parse(v), "microdata datePublished");
            if (d != null) return d;
        }
        return null;
    }

    private static Dated machineModified(Page page, Map<String, String> meta) {
        Dated d = Dated.of(jsonLdDate(page.main(), "dateModified", page.doc()), "json-ld dateModified");
        if (d != null) return d;
        for (String key : MODIFIED_META) {
            d = Dated.of(IsoDates.parse(meta.get(key)), "meta " + key);
            if (d != null) return d;
        }
        return null;
    }

    /** An ISO value, else a textual one ("Dec 18, 2025"), read in the page's day order. */
    private static IsoDates.ParsedDate jsonLdDate(JsonNode n, String field, Document doc) {
        return metaDate(JsonLd.text(n, field), doc);
    }

    private static IsoDates.ParsedDate metaDate(String v, Document doc) {
        IsoDates.ParsedDate d = IsoDates.parse(v);
        return d != null ? d : TextDates.parseText(v, doc);
    }

    /** Meta keys of a publication date not in the fixed list ("published-date", "article.pubdate"). */
    private static final Pattern PUBLISHED_KEY = Pattern.compile("publish|pubdate|pub[-_.]date|issued|release[-_.]?date");
    private static final Pattern NOT_PUBLISHED_KEY = Pattern.compile("modif|updat|expir|review|event|start|end|embargo");

    /**
     * Meta tags by lower-cased property/name/itemprop, in document order, the first occurrence winning; a
     * microdata meta of an item that is not the article (a video's {@code uploadDate}, a comment, a product) is
     * left out.
     */
    private static Map<String, String> articleMeta(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element m : doc.select("meta")) {
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            if (content.isBlank() || inOtherItem(m)) continue;
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                for (String k : m.attr(attr).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                    if (!k.isEmpty()) out.putIfAbsent(k, TextNormalizer.collapse(content));
                }
            }
        }
        return out;
    }

    private static final org.jsoup.select.Evaluator ITEMSCOPE = Signals.css("[itemscope]");
    /** Microdata items that are not the article: their dates are a video's, a comment's, a product's. */
    private static final Pattern OTHER_ITEM = Pattern.compile(
            "(?i)video|audio|media|image|photo|clip|comment|product|offer|event|person|organization|rating|question"
                    + "|answer|review|course|book|movie|episode|software");

    /** A microdata property ({@code itemprop}) of an item of another kind than the article or page? */
    private static boolean inOtherItem(Element e) {
        if (!e.hasAttr("itemprop")) return false;
        Element item = e.closest(ITEMSCOPE);
        return item != null && OTHER_ITEM.matcher(item.attr("itemtype")).find();
    }

    /** A small "recent posts" card linking to this very page: its date is the page's own. */
    private static Dated selfListed(Document doc) {
        int seen = 0;
        for (Element t : doc.select("time, [class*=date]")) {
            if (++seen > 200) break;
            String text = TextNormalizer.collapse(t.text());
            if (text.length() > 60 || DateScope.teaser(t) != DateScope.Teaser.SELF) continue;
            IsoDates.ParsedDate d = t.hasAttr("datetime") ? IsoDates.parse(t.attr("datetime")) : null;
            if (d == null) d = TextDates.parseText(text, doc);
            if (d != null) return new Dated(d, "listing of this page '" + text + "'");
        }
        return null;
    }

    /** The first non-null value, computing each only when the ones before gave nothing. */
    @SafeVarargs
    private static <T> T first(Supplier<T>... values) {
        for (Supplier<T> v : values) {
            T t = v.get();
            if (t != null) return t;
        }
        return null;
    }

    /** A value computed once, on first use. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private boolean done;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (!done) {
                value = compute.get();
                done = true;
            }
            return value;
        }
    }

    /**
     * A publication date in a page's embedded state JSON (Next.js, Nuxt, Prismic...): the first
     * {@code "publishedDate": "2024-..."}-like key in a script whose value parses. The first occurrence is the
     * page's own record far more often than a listed story's.
     */
    private static Dated scriptDate(Document doc) {
        for (Element s : doc.select("script")) {
            String data = s.data();
            if (data.length() < 20) continue;
            Matcher m = SCRIPT_DATE.matcher(data);
            if (m.find() && IsoDates.parse(m.group(2)) != null) return new Dated(IsoDates.parse(m.group(2)), "script json " + m.group(1));
        }
        return null;
    }

    /**
     * The first {@code <time datetime>} of the article area whose label is of {@code kind} (NONE: a publication
     * or unlabelled; UPDATED: a modification), never in a list of other stories, a comment or a sidebar.
     */
    private static Element firstArticleTime(Document doc, DateLabels.Kind kind) {
        for (Element t : doc.select("article time[datetime], main time[datetime], header time[datetime], time[datetime]")) {
            if (DateScope.foreign(t, FOREIGN_TIME) || IsoDates.parse(t.attr("datetime")) == null) continue;
            DateLabels.Kind k = TextDates.kindOf(t);
            if (k == DateLabels.Kind.OTHER) continue;
            boolean updated = k == DateLabels.Kind.UPDATED;
            if (updated == (kind == DateLabels.Kind.UPDATED)) return t;
        }
        return null;
    }
}
