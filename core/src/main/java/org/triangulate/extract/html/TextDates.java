package org.triangulate.extract.html;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.extract.meta.DateMatch;
import org.triangulate.extract.meta.DateParser;

/**
 * Textual datelines printed near the headline ("Published November 20, 2024", "Updated on July 9, 2025",
 * "12:20 20.11.2024"), read with {@link DateParser}. Only short elements whose class/id names a date, time,
 * byline or post meta are read, and never inside lists of other stories, comments or sidebars.
 */
final class TextDates {
    private static final String CANDIDATES = "[class*=date], [class*=Date], [class*=time], [class*=Time], "
            + "[class*=publish], [class*=posted], [class*=byline], [class*=meta], [id*=date], [id*=time], "
            + "[itemprop=datePublished], [itemprop=dateModified], time";
    private static final String FOREIGN = "aside, footer, nav, li, [class*=related], [class*=comment], "
            + "[class*=sidebar], [class*=widget], [class*=recommend], [class*=popular], [class*=more-]";
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(updated|modified|last edited|revised|оновлено|обновлено|змінено|изменено)");
    private static final org.jsoup.select.Evaluator FOREIGN_EVAL = Signals.css(FOREIGN);
    private static final org.jsoup.select.Evaluator H1 = Signals.css("h1");
    private static final org.jsoup.select.Evaluator FOREIGN_NEAR = Signals.css(FOREIGN.replace("li, ", ""));
    private static final int FOREIGN_MAX_CHARS = 3000;
    private static final org.jsoup.select.Evaluator LABEL_FOREIGN = Signals.css(
            "li, footer, [class*=related], [class*=comment], [class*=recommend], [class*=popular], [class*=more-]");
    /** Longer elements are article text or widgets, not a dateline. */
    private static final int MAX_CHARS = 160;

    private final IsoDates.ParsedDate published;
    private final String publishedText;
    private final IsoDates.ParsedDate modified;
    private final String modifiedText;

    private TextDates(IsoDates.ParsedDate published, String publishedText, IsoDates.ParsedDate modified,
                      String modifiedText) {
        this.published = published;
        this.publishedText = publishedText;
        this.modified = modified;
        this.modifiedText = modifiedText;
    }

    IsoDates.ParsedDate published() {
        return published;
    }

    String publishedText() {
        return publishedText;
    }

    IsoDates.ParsedDate modified() {
        return modified;
    }

    String modifiedText() {
        return modifiedText;
    }

    static TextDates find(Document doc) {
        IsoDates.ParsedDate pub = null;
        String pubText = null;
        IsoDates.ParsedDate mod = null;
        String modText = null;
        int seen = 0;
        for (Element e : doc.select(CANDIDATES)) {
            if (pub != null && mod != null || seen > 200) break;
            seen++;
            String text = TextNormalizer.collapse(e.text());
            if (text.isEmpty() || text.length() > MAX_CHARS || inForeignBlock(e, FOREIGN_EVAL)) continue;
            DateMatch m;
            try {
                m = DateParser.scan(text).best();
            } catch (RuntimeException ex) {
                continue;
            }
            if (m == null || m.date() == null || m.year() < 1990) continue;
            IsoDates.ParsedDate d = toParsed(m);
            String before = text.substring(0, Math.max(0, Math.min(m.start(), text.length())));
            if (UPDATED.matcher(before).find()) {
                if (mod == null) {
                    mod = d;
                    modText = m.matched();
                }
            } else if (pub == null) {
                pub = d;
                pubText = m.matched();
            }
        }
        return new TextDates(pub, pubText, mod, modText);
    }

    /**
     * A date printed in a short element just below (or above) the page's first h1: where a dateline sits
     * when the markup gives no hint. Looks at up to 25 following and 8 preceding text elements.
     */
    static TextDates nearHeadline(Document doc) {
        return nearHeadline(doc, null);
    }

    /**
     * As {@link #nearHeadline(Document)}, anchored on the h1 that carries the page's title when one does (pages
     * often have screen-reader h1s for search or menus before the headline), else the first h1.
     */
    static TextDates nearHeadline(Document doc, String title) {
        Element h1 = headline(doc, title);
        if (h1 == null) return new TextDates(null, null, null, null);
        java.util.List<Element> all = doc.body() == null ? java.util.List.of() : doc.body().getAllElements();
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == h1) {
                at = i;
                break;
            }
        }
        if (at < 0) return new TextDates(null, null, null, null);
        IsoDates.ParsedDate pub = null;
        String pubText = null;
        IsoDates.ParsedDate mod = null;
        String modText = null;
        int seen = 0;
        for (int i = at + 1; i < all.size() && seen < 25 && pub == null; i++) {
            Element e = all.get(i);
            if (h1.equals(e.parent()) || e.closest(H1) != null) continue;
            if (!e.ownText().isBlank()) seen++;
            String text = TextNormalizer.collapse(e.text());
            // next to the headline a list item is the post's meta line, not a list of other stories
            if (text.isEmpty() || text.length() > 100 || inForeignBlock(e, FOREIGN_NEAR)) continue;
            DateMatch m = scanBest(text);
            if (m == null) continue;
            String before = text.substring(0, Math.max(0, Math.min(m.start(), text.length())));
            if (UPDATED.matcher(before).find()) {
                if (mod == null) {
                    mod = toParsed(m);
                    modText = m.matched();
                }
            } else {
                pub = toParsed(m);
                pubText = m.matched();
            }
        }
        seen = 0;
        for (int i = at - 1; i >= 0 && seen < 8 && pub == null; i--) {
            Element e = all.get(i);
            if (e.ownText().isBlank()) continue;
            seen++;
            String text = TextNormalizer.collapse(e.text());
            if (text.length() > 100 || inForeignBlock(e, FOREIGN_EVAL)) continue;
            DateMatch m = scanBest(text);
            if (m != null && !UPDATED.matcher(text.substring(0, Math.min(m.start(), text.length()))).find()) {
                pub = toParsed(m);
                pubText = m.matched();
            }
        }
        return new TextDates(pub, pubText, mod, modText);
    }

    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)^(published|posted|date|date published|published on|posted on|first published|publication date"
                    + "|опубліковано|опубликовано)\\s*:?$");

    /**
     * A date under a label: "Published" in its own element (a heading, a term, a span) with the date in the
     * next element ("<h4>Published</h4><div>July 8, 2025</div>"). Labels of other blocks are skipped.
     */
    static TextDates labelled(Document doc) {
        for (Element e : doc.select("h2, h3, h4, h5, h6, dt, span, p, div, strong, b, label, small")) {
            if (e.childrenSize() > 1) continue;
            String own = TextNormalizer.collapse(e.text());
            // an explicit label names the page's own date even in its sidebar; other stories' blocks still don't count
            if (own.length() > 25 || !DATE_LABEL.matcher(own).matches() || inForeignBlock(e, LABEL_FOREIGN)) continue;
            Element next = e.nextElementSibling();
            if (next == null) continue;
            String text = TextNormalizer.collapse(next.text());
            if (text.isEmpty() || text.length() > 60) continue;
            DateMatch m = scanBest(text);
            if (m != null) return new TextDates(toParsed(m), own + " " + m.matched(), null, null);
        }
        return new TextDates(null, null, null, null);
    }

    /**
     * A date printed beside the byline ("Luke Kim · December 17, 2025"): the byline's nearest container of at
     * most 200 chars is scanned; a date after "Updated" is not a publication date.
     */
    static TextDates nearByline(Element byline) {
        Element box = byline;
        for (int i = 0; i < 3 && box.parent() != null; i++) {
            Element p = box.parent();
            if (Signals.textLengthAtMost(p, 201) > 200) break;
            box = p;
            String text = TextNormalizer.collapse(box.text());
            DateMatch m = scanBest(text);
            if (m != null) {
                String before = text.substring(0, Math.max(0, Math.min(m.start(), text.length())));
                if (UPDATED.matcher(before).find()) return new TextDates(null, null, toParsed(m), m.matched());
                return new TextDates(toParsed(m), m.matched(), null, null);
            }
        }
        return new TextDates(null, null, null, null);
    }

    private static Element headline(Document doc, String title) {
        if (title != null) {
            String t = TextNormalizer.forCompare(title);
            for (Element h : doc.select("h1")) {
                String hn = TextNormalizer.forCompare(h.text());
                if (!hn.isEmpty() && (hn.equals(t) || TextNormalizer.similarity(hn, t) >= 0.5)) return h;
            }
        }
        return doc.selectFirst("h1");
    }

    /**
     * Inside a block of other content (a story list, comments, a sidebar widget)? Class words match by substring,
     * so a page-wide wrapper ("story-sidebar-mode") could match: only blocks under 3,000 chars count.
     */
    static boolean inForeignBlock(Element e, org.jsoup.select.Evaluator foreign) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.is(foreign) && Signals.textLengthAtMost(p, FOREIGN_MAX_CHARS) < FOREIGN_MAX_CHARS) return true;
        }
        return false;
    }

    /** A whole value in a textual form ("July 17, 2025"), as some meta tags carry it; null when not a date. */
    static IsoDates.ParsedDate parseText(String value) {
        if (value == null || value.length() > 60) return null;
        DateMatch m = scanBest(value);
        return m == null ? null : toParsed(m);
    }

    private static DateMatch scanBest(String text) {
        try {
            DateMatch m = DateParser.scan(text).best();
            return m == null || m.date() == null || m.year() < 1990 ? null : m;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static IsoDates.ParsedDate toParsed(DateMatch m) {
        LocalTime t = m.time();
        LocalDateTime local = LocalDateTime.of(m.date(), t == null ? LocalTime.MIDNIGHT : t);
        ZoneOffset offset = m.zone() == null ? null : m.zone().getRules().getOffset(local);
        return new IsoDates.ParsedDate(local, offset, t == null);
    }
}
