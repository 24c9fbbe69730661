package org.triangulate.extract.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.meta.DateMatch;
import org.triangulate.extract.meta.Datelines;
import org.triangulate.extract.meta.DateParser;
import org.triangulate.extract.meta.Outlet;
import org.triangulate.extract.meta.OutletTable;
import org.triangulate.extract.meta.PageSignals;
import org.triangulate.extract.meta.TimeResolver;
import org.triangulate.extract.meta.ZoneResolver;
import org.triangulate.ingest.RawDocument;

/**
 * Turns classified units (plus front matter, when there is one) into an {@link Article}: the body span, then each
 * metadata value with the method that produced it recorded in the provenance map.
 */
final class PageAssembler {
    private final ZoneResolver zones;
    private final TimeResolver times;

    PageAssembler(ZoneResolver zones) {
        this.zones = zones;
        this.times = new TimeResolver(zones);
    }

    private static final Pattern DESK = Pattern.compile(
            "^(.+?)\\s+(?:news desk|desk|staff|editorial(?: team| board| staff)?|newsroom|reporters?|correspondents?"
                    + "|web team|digital team)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPORT = Pattern.compile(
            "\\bsupport (?:the )?(\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’-]*){0,4})");
    // An outlet relaying others names itself: "Caliber.Az reports via foreign media".
    private static final Pattern SELF_REPORT = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’-]*){0,3})\\s+reports?\\s+"
                    + "(?:via|citing|with reference to)\\s+(?:foreign|international|other|western|world)\\s+"
                    + "(?:media|press|outlets|news outlets|sources)");
    private static final String[] URL_KEYS = {"canonical_url", "canonical", "url", "origin_url", "source_url", "link",
            "permalink"};

    Article assemble(String id, RawDocument doc, List<Line> lines, FrontMatter fm, String format)
            throws ExtractionException {
        BodySelector.Span span = BodySelector.select(lines);
        if (span.isEmpty()) {
            throw new ExtractionException("no main text found in " + doc.source() + " (" + lines.size()
                    + " lines, none classified as body text)");
        }
        Map<String, String> prov = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        int dropped = 0;
        for (int i = span.start(); i <= span.end(); i++) {
            Line l = lines.get(i);
            switch (l.kind()) {
                case CONTENT, HEADING, CODE -> {
                    paragraphs.add(l.text());
                    kinds.add(kind(l));
                }
                default -> dropped++;
            }
        }
        prov.put("text", format + " line classifier: body span of units " + span.start() + "-" + span.end() + " of "
                + lines.size() + " (best-scoring run of content lines), " + dropped + " furniture/caption lines inside dropped");
        String bodyText = String.join("\n\n", paragraphs);

        // URL
        String url = doc.url();
        String urlHow = url == null ? null : "input";
        if (url == null) {
            for (String k : URL_KEYS) {
                if (fm.first(k) != null) {
                    url = fm.first(k);
                    urlHow = "front-matter " + k;
                    break;
                }
            }
        }
        put(prov, "url", url, urlHow);

        // Title
        String title = fm.first("title");
        String titleHow = title == null ? null : "front-matter title";
        if (title == null) {
            title = field(doc, "title");
            titleHow = title == null ? null : "input field title";
        }
        if (title == null) {
            for (int i = 0; i < span.start(); i++) {
                Line l = lines.get(i);
                if (l.kind() == LineKind.HEADING && l.unit().headingLevel() == 1) {
                    title = l.text();
                    titleHow = "markdown # heading";
                    break;
                }
            }
        }
        if (title == null) {
            Line t = headline(lines, span, paragraphs);
            if (t != null) {
                title = t.text();
                titleHow = t.reason();
            }
        }
        put(prov, "title", title, titleHow);

        // Byline
        String byline = fm.first("author", "authors", "byline", "creator");
        String bylineHow = byline == null ? null : "front-matter author";
        if (byline == null) {
            byline = field(doc, "author");
            bylineHow = byline == null ? null : "input field author";
        }
        if (byline == null) {
            Line b = metaLine(lines, span, LineKind.BYLINE);
            if (b != null) {
                byline = LineClassifier.byline(b.text());
                bylineHow = "byline line '" + b.text() + "'";
            }
        }
        put(prov, "byline", byline, bylineHow);

        // Outlet
        String outlet = null;
        String outletHow = null;
        OutletTable table = zones.outlets();
        Optional<Outlet> byHost = table.byHost(url);
        if (byHost.isPresent()) {
            outlet = byHost.get().name();
            outletHow = "host " + OutletTable.host(url) + " in outlet table";
        }
        if (outlet == null) {
            String site = fm.first("site_name", "site", "publisher", "outlet", "source_name");
            if (site == null) {
                site = field(doc, "site_name");
            }
            if (site != null) {
                outlet = table.byName(site).map(Outlet::name).orElse(site);
                outletHow = "front-matter site name";
            }
        }
        if (outlet == null && byline != null) {
            Matcher m = DESK.matcher(byline);
            if (m.matches()) {
                outlet = table.byName(m.group(1)).map(Outlet::name).orElse(m.group(1).strip());
                outletHow = "desk name in byline '" + byline + "'";
            }
        }
        if (outlet == null) {
            for (Line l : lines) {
                if (l.kind() != LineKind.BOILERPLATE || !l.reason().startsWith("appeal")) {
                    continue;
                }
                Matcher m = SUPPORT.matcher(l.text());
                if (m.find()) {
                    String name = m.group(1).replaceAll("[.’']+$", "");
                    outlet = table.byName(name).map(Outlet::name).orElse(name);
                    outletHow = "membership appeal '" + m.group() + "'";
                    break;
                }
            }
        }
        if (outlet == null) {
            Matcher m = SELF_REPORT.matcher(bodyText);
            if (m.find()) {
                outlet = table.byName(m.group(1)).map(Outlet::name).orElse(m.group(1));
                outletHow = "self-reference '" + m.group() + "' (an outlet relaying other media names itself)";
            }
        }
        put(prov, "outlet", outlet, outletHow);

        // Language, description, image: declared only (detection happens elsewhere).
        String language = language(fm.first("language", "lang", "locale"));
        if (language == null) {
            language = language(field(doc, "language"));
        }
        put(prov, "language", language, "front-matter/declared language");
        String description = fm.first("description", "summary", "excerpt", "subtitle");
        put(prov, "description", description, "front-matter description");
        String image = fm.first("image", "cover", "cover_image", "thumbnail", "featured_image", "og_image");
        put(prov, "image", image, "front-matter image");

        // Place dateline
        String dateline = Datelines.place(paragraphs.get(0));
        put(prov, "dateline", dateline, dateline == null ? null : Datelines.rule(dateline));

        // Published
        PageSignals signals = new PageSignals(url, outlet, title, language, bodyText);
        Instant published = null;
        String publishedLocal = null;
        String fmDate = fm.first("date", "published", "published_at", "pubdate", "datepublished", "created");
        String fieldDate = field(doc, "date");
        if (fmDate != null || fieldDate != null) {
            boolean front = fmDate != null;
            String value = front ? fmDate : fieldDate;
            String how = front ? "front-matter date" : "input field date";
            TimeResolver.Resolved t = times.declared(value, how, signals);
            published = t.utc();
            publishedLocal = t.local();
            prov.put("published", t.provenance());
        } else {
            Line dateLine = datedHeaderLine(lines, span);
            if (dateLine != null) {
                DateMatch dm = DateParser.scan(dateLine.text()).best();
                TimeResolver.Resolved t = times.text(dm, "text dateline '" + dm.matched() + "'", signals);
                published = t.utc();
                publishedLocal = t.local();
                prov.put("published", t.provenance());
            }
        }
        Instant modified = null;
        String fmModified = fm.first("modified", "updated", "last_modified_at", "lastmod", "datemodified");
        if (fmModified != null) {
            TimeResolver.Resolved t = times.declared(fmModified, "front-matter modified", signals);
            modified = t.utc();
            prov.put("modified", t.provenance());
        }
        return new Article(id, doc.source(), url, title, byline, outlet, published, publishedLocal, modified, language,
                description, image, dateline, paragraphs, prov, kinds);
    }

    /**
     * What the line is: a Markdown heading keeps its level, list items and code blocks their form; a plain line the
     * classifier took for a heading is a level-2 heading (the title is level 1).
     */
    private static String kind(Line l) {
        Unit u = l.unit();
        return switch (u.form()) {
            case HEADING -> "h" + Math.max(1, Math.min(6, u.headingLevel()));
            case LIST_ITEM -> "bullet";
            case CODE -> "code";
            default -> l.kind() == LineKind.HEADING ? "h2" : l.kind() == LineKind.CODE ? "code" : "p";
        };
    }

    /**
     * Words a headline must share with the lead paragraphs before it beats position alone; 2 keeps one common word
     * (a name in a navigation link) from deciding.
     */
    private static final int MIN_HEADLINE_OVERLAP = 2;

    /**
     * The headline: among heading-like lines before the body, the one sharing the most content words (4+ letters)
     * with the first paragraphs, per square root of its length; without such a line, the first heading-like line of
     * 3+ words. A page's headline restates its lead; navigation and teaser titles do not.
     */
    private static Line headline(List<Line> lines, BodySelector.Span span, List<String> paragraphs) {
        java.util.Set<String> lead = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            lead.addAll(contentWords(paragraphs.get(i)));
        }
        Line best = null;
        double bestScore = 0;
        Line first = null;
        for (int i = 0; i < span.start(); i++) {
            Line l = lines.get(i);
            if (l.kind() != LineKind.HEADING || Character.isLowerCase(l.text().codePointAt(0))) {
                continue;
            }
            int words = Inline.words(l.text());
            if (first == null && words >= 3) {
                first = l;
            }
            long shared = contentWords(l.text()).stream().filter(lead::contains).count();
            double score = shared / Math.sqrt(Math.max(1, words));
            if (shared >= MIN_HEADLINE_OVERLAP && score >= bestScore) {
                best = l;
                bestScore = score;
            }
        }
        if (best != null) {
            return best.as(best.kind(), "heading-like line before the body sharing most words with the lead");
        }
        return first == null ? null : first.as(first.kind(), "first heading-like line before the body");
    }

    private static java.util.Set<String> contentWords(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    /** The first byline or date-only line with a dated year before the body, else right after it. */
    private static Line datedHeaderLine(List<Line> lines, BodySelector.Span span) {
        for (int i = 0; i < span.start(); i++) {
            if (dated(lines.get(i))) {
                return lines.get(i);
            }
        }
        for (int i = span.end() + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == LineKind.SECTION_END || l.kind() == LineKind.CONTENT || l.kind() == LineKind.TIMESTAMP) {
                break;
            }
            if (dated(l)) {
                return l;
            }
        }
        return null;
    }

    private static boolean dated(Line l) {
        if (l.kind() != LineKind.BYLINE && l.kind() != LineKind.DATELINE) {
            return false;
        }
        DateMatch dm = DateParser.scan(l.text()).best();
        return dm != null;
    }

    /** The first line of a kind before the body, else the first after it before the next section. */
    private static Line metaLine(List<Line> lines, BodySelector.Span span, LineKind kind) {
        for (int i = 0; i < span.start(); i++) {
            if (lines.get(i).kind() == kind) {
                return lines.get(i);
            }
        }
        for (int i = span.end() + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == LineKind.SECTION_END || l.kind() == LineKind.CONTENT) {
                break;
            }
            if (l.kind() == kind) {
                return l;
            }
        }
        return null;
    }

    private static String field(RawDocument doc, String key) {
        String v = doc.fields().get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String language(String declared) {
        if (declared == null) {
            return null;
        }
        String l = declared.strip().toLowerCase(Locale.ROOT);
        return l.matches("[a-z]{2}(?:[-_].*)?") ? l.substring(0, 2) : null;
    }

    private static void put(Map<String, String> prov, String key, String value, String how) {
        if (value != null && how != null) {
            prov.put(key, how);
        }
    }
}
