package org.triangulate.extract.html;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.triangulate.extract.meta.DateMatch;
import org.triangulate.extract.meta.DateParser;

/**
 * Dates printed on the page ("Published November 20, 2024", "Updated on July 9, 2025", "12:20 20.11.2024"), read
 * with {@link DateParser}: in elements whose class/id names a date, time, byline or post meta, next to the headline
 * or the byline, under a "Published" label, in "originally published on ..." notes and in visible microdata. What a
 * date is comes from the label before it ({@link DateLabels}): "Updated" dates are modifications, "Reviewed" or
 * "©" dates are neither. Dates in lists of other stories, comments, sidebars, teaser cards and clock widgets
 * ({@link DateScope}) are never read.
 */
final class TextDates {
    /** Class words of dateline elements (and id words: date, time), matched in lower case. */
    private static final Pattern CANDIDATE_CLASS = Pattern.compile("date|time|publish|posted|byline|meta");
    private static final Pattern CANDIDATE_ID = Pattern.compile("date|time");
    private static final Evaluator FOREIGN_NEAR = Signals.css("aside, footer, nav, [class*=related], [class*=comment], "
            + "[class*=sidebar], [class*=widget], [class*=recommend], [class*=popular], [class*=more-]");
    /** Blocks of other items only (comments, related stories), for explicit markup such as microdata. */
    private static final Evaluator OTHER_ITEMS = Signals.css("[class*=related], [class*=comment], [class*=recommend]");
    private static final Evaluator LABEL_FOREIGN = Signals.css(
            "li, footer, [class*=related], [class*=comment], [class*=recommend], [class*=popular], [class*=more-]");
    /** Where a blog whose h1 is the site name prints the post's title. */
    private static final Evaluator HEADLINE_LIKE = Signals.css("h2, h3, legend");
    /** Longer elements are article text or widgets, not a dateline. */
    private static final int MAX_CHARS = 160;
    /** Next to the headline only short lines count (a paragraph of the article may well name a date). */
    private static final int NEAR_CHARS = 100;
    /** An "originally published on ..." note may be a full sentence. */
    private static final int NOTE_CHARS = 300;
    /** Own text this long is a paragraph of the body, not a dateline. */
    private static final int BODY_PARAGRAPH_CHARS = 150;
    private static final Evaluator DATA_CELLS = Signals.css("td, th");
    /** Candidates read at most (pages with hundreds of dated list items). */
    private static final int MAX_CANDIDATES = 200;

    private static final TextDates NONE = new TextDates(null, null, null, null);
    private static final Evaluator TIME_DATETIME = Signals.css("time[datetime]");
    private static final Evaluator MICRODATA = Signals.css(
            "[itemprop=datePublished]:not([content]):not([datetime]), time[pubdate]:not([datetime])");
    private static final java.util.Set<String> LABEL_TAGS = java.util.Set.of("h2", "h3", "h4", "h5", "h6", "dt", "span",
            "p", "div", "strong", "b", "label", "small");

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

    /** Collects the first publication and the first modification date of a sequence of candidates. */
    private static final class Collector {
        IsoDates.ParsedDate pub;
        String pubText;
        IsoDates.ParsedDate mod;
        String modText;

        /** Files {@code m} by its label; false when the label says it is neither (a review date, a copyright). */
        boolean add(DateMatch m, DateLabels.Kind kind) {
            return add(m, kind, null);
        }

        /**
         * As {@link #add(DateMatch, DateLabels.Kind)}; when {@code e} is or holds one {@code <time datetime>},
         * its machine value is taken (it has the time and offset the text leaves out).
         */
        boolean add(DateMatch m, DateLabels.Kind kind, Element e) {
            if (kind == DateLabels.Kind.OTHER) return false;
            IsoDates.ParsedDate d = toParsed(m);
            IsoDates.ParsedDate machine = e == null ? null : timeValue(e);
            if (machine != null) d = machine;
            if (kind == DateLabels.Kind.UPDATED) {
                if (mod == null) {
                    mod = d;
                    modText = m.matched();
                }
            } else if (pub == null) {
                pub = d;
                pubText = m.matched();
            }
            return true;
        }

        TextDates result() {
            return new TextDates(pub, pubText, mod, modText);
        }
    }

    /**
     * {@code e}'s collapsed text when it is at most {@code max} chars, else null; long containers are not read
     * out (the text of a page wrapper is the whole page).
     */
    private static String shortText(Element e, int max) {
        if (Signals.textLengthAtMost(e, max + 2) > max + 1) return null;
        String text = TextNormalizer.collapse(e.text());
        return text.length() > max ? null : text;
    }

    /** The {@code datetime} of {@code e} when it is, or holds exactly one, {@code <time datetime>}; else null. */
    private static IsoDates.ParsedDate timeValue(Element e) {
        Element t = e.normalName().equals("time") && e.hasAttr("datetime") ? e : null;
        if (t == null) {
            var times = e.select(TIME_DATETIME);
            if (times.size() == 1) t = times.first();
        }
        return t == null ? null : IsoDates.parse(t.attr("datetime"));
    }

    /**
     * Elements that may hold a dateline, in document order: {@code time}, date microdata, and class/id words
     * naming a date, time, byline or post meta. One pass (a selector of a dozen substring tests lower-cases
     * every class a dozen times).
     */
    private static List<Element> candidates(Document doc) {
        List<Element> out = new java.util.ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (out.size() > MAX_CANDIDATES) break;
            String cls = e.className();
            String id = e.id();
            String prop = e.attr("itemprop");
            if (e.normalName().equals("time") || prop.equals("datePublished") || prop.equals("dateModified")
                    || !cls.isEmpty() && CANDIDATE_CLASS.matcher(cls.toLowerCase(java.util.Locale.ROOT)).find()
                    || !id.isEmpty() && CANDIDATE_ID.matcher(id.toLowerCase(java.util.Locale.ROOT)).find()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Short elements whose class/id names a date, time, byline or post meta, in document order. */
    static TextDates find(Document doc) {
        Collector c = new Collector();
        int seen = 0;
        for (Element e : candidates(doc)) {
            if (c.pub != null && c.mod != null || seen > MAX_CANDIDATES) break;
            seen++;
            String text = shortText(e, MAX_CHARS);
            if (text == null || text.isEmpty()) continue;
            DateMatch m = scanElement(e, text, doc);
            if (m != null && !DateScope.foreign(e, DateScope.FOREIGN)) c.add(m, DateLabels.of(e, m.start()), e);
        }
        return c.result();
    }

    /**
     * A date printed in a short element just below (or above) the page's first h1: where a dateline sits
     * when the markup gives no hint. Looks at up to 25 following and 8 preceding text elements.
     */
    static TextDates nearHeadline(Document doc) {
        return nearHeadline(doc, null);
    }

    /**
     * As {@link #nearHeadline(Document)}, anchored on the element that carries the page's title: the h1 that
     * matches it (pages often have screen-reader h1s for search or menus before the headline), else an h2,
     * legend or title-classed element equal to it (blogs whose h1 is the site name), else the first h1.
     */
    static TextDates nearHeadline(Document doc, String title) {
        Element h1 = headline(doc, title);
        Element body = doc.body();
        if (h1 == null || body == null) return NONE;
        Collector c = new Collector();
        int seen = 0;
        int paragraphs = 0;
        for (Element e = after(h1); e != null && seen < 25 && c.pub == null; e = next(e)) {
            String own = TextNormalizer.collapse(e.ownText());
            if (!own.isEmpty()) seen++;
            // the dateline sits between the headline and the body; past a standfirst and a first paragraph, dates
            // are the story's own (events, data, history)
            if (own.length() >= BODY_PARAGRAPH_CHARS && ++paragraphs >= 2) break;
            String text = shortText(e, NEAR_CHARS);
            if (text != null && text.isEmpty() || e.is(DATA_CELLS)) continue;
            // next to the headline a list item is the post's meta line, not a list of other stories
            if (text != null) {
                DateMatch m = scanElement(e, text, doc);
                if (m != null && !DateScope.foreign(e, FOREIGN_NEAR)) c.add(m, DateLabels.of(e, m.start()), e);
            } else if (!own.isEmpty() && own.length() <= NEAR_CHARS) {
                // a loose text line beside blocks ("<legend>Title</legend> 20 December 2025 <div>...")
                DateMatch m = scanBest(own, doc);
                if (m != null && !DateScope.foreign(e, FOREIGN_NEAR)) c.add(m, DateLabels.of(own.substring(0, m.start())), null);
            }
        }
        seen = 0;
        for (Element e = previous(h1, body); e != null && seen < 8 && c.pub == null; e = previous(e, body)) {
            if (e.ownText().isBlank()) continue;
            seen++;
            if (e.is(DATA_CELLS)) continue;
            String text = shortText(e, NEAR_CHARS);
            if (text != null) {
                DateMatch m = scanElement(e, text, doc);
                if (m != null && !DateScope.foreign(e, FOREIGN_NEAR)) c.add(m, DateLabels.of(e, m.start()), e);
            } else {
                // a loose line in the headline's own container ("<fieldset><legend>Title</legend> 20 December 2025")
                String own = TextNormalizer.collapse(e.ownText());
                DateMatch m = own.length() <= NEAR_CHARS ? scanBest(own, doc) : null;
                if (m != null && !DateScope.foreign(e, FOREIGN_NEAR)) c.add(m, DateLabels.of(own.substring(0, m.start())), null);
            }
        }
        return c.result();
    }

    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?iu)^(published|posted|date|date\\s+published|published\\s+on|posted\\s+on|first\\s+published"
                    + "|publication\\s+date|release\\s+date|released|опубліковано|опубликовано)\\s*:?$");
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?iu)^(updated|last\\s+updated|updated\\s+on|last\\s+modified|modified|date\\s+modified|оновлено|обновлено)"
                    + "\\s*:?$");

    /**
     * A date under a label: "Published" in its own element (a heading, a term, a span) with the date in one of
     * the next two elements ("<h4>Published</h4><div>July 8, 2025</div>"; a screen-reader heading may sit
     * between). Labels of other blocks are skipped; an "Updated" label gives the modification date.
     */
    static TextDates labelled(Document doc) {
        return labelled(doc, Labels.scan(doc));
    }

    /** As {@link #labelled(Document)} with the page's labels already found. */
    static TextDates labelled(Document doc, Labels found) {
        Collector c = new Collector();
        for (Element e : found.labels()) {
            if (c.pub != null && c.mod != null) break;
            if (e.childrenSize() > 1 || !LABEL_TAGS.contains(e.normalName())) continue;
            String own = shortText(e, 25);
            if (own == null) continue;
            boolean pub = DATE_LABEL.matcher(own).matches();
            if (!pub && !UPDATED_LABEL.matcher(own).matches()) continue;
            // an explicit label names the page's own date even in its sidebar; other stories' blocks still don't count
            if (DateScope.inBlock(e, LABEL_FOREIGN) || DateScope.teaser(e) == DateScope.Teaser.OTHER) continue;
            Element next = e.nextElementSibling();
            for (int i = 0; i < 2 && next != null; i++, next = next.nextElementSibling()) {
                String text = shortText(next, 60);
                if (text == null || text.isEmpty()) break;
                DateMatch m = scanBest(text, doc);
                if (m == null) continue;
                if (pub && c.pub == null) {
                    c.pub = toParsed(m);
                    c.pubText = own + " " + m.matched();
                } else if (!pub && c.mod == null) {
                    c.mod = toParsed(m);
                    c.modText = own + " " + m.matched();
                }
                break;
            }
        }
        return c.result();
    }

    private static final Pattern LABEL_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(published|posted|updated|опубліковано|опубликовано|оновлено|обновлено|publié|veröffentlicht"
                    + "|aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|opublikowano)(?![\\p{L}])");

    /**
     * A date after a publication label in the same short line ("Posted on April 13, 2023", "Published on the
     * 15/12/2025 at 19:00", "This article was originally published on 26 Sep 2019 ..."); after "Last updated:"
     * it is the modification. An "originally published" note wins over a plain label: the page was re-issued
     * and says when it first appeared.
     */
    static TextDates inlineLabelled(Document doc) {
        return inlineLabelled(doc, Labels.scan(doc));
    }

    /** As {@link #inlineLabelled(Document)} with the page's labels already found. */
    static TextDates inlineLabelled(Document doc, Labels found) {
        Collector c = new Collector();
        for (Element e : found.words()) {
            // the label alone in its element ("<b>Published:</b> March 3, 2025"): the line is its parent
            String text = shortText(e, NOTE_CHARS);
            if (text == null) continue;
            if (scanBest(text, doc) == null && e.parent() != null) {
                text = shortText(e.parent(), NOTE_CHARS);
                if (text == null) continue;
            }
            List<DateMatch> dates = scanAll(text, doc);
            if (dates.isEmpty() || DateScope.foreign(e, LABEL_FOREIGN)) continue;
            for (DateMatch m : dates) {
                DateLabels.Kind kind = DateLabels.of(text.substring(0, m.start()));
                if (kind == DateLabels.Kind.ORIGINAL) {
                    return new TextDates(toParsed(m), "originally " + m.matched(), c.mod, c.modText);
                }
                if (text.length() <= MAX_CHARS && (kind == DateLabels.Kind.PUBLISHED || kind == DateLabels.Kind.UPDATED)) {
                    c.add(m, kind);
                }
            }
        }
        return c.result();
    }

    /**
     * The page's label elements, found in one pass over its text: {@code labels} hold a whole label as their text
     * ("Published", "Last updated:"; the parents of such short text nodes with their ancestors of the same text,
     * outermost first), {@code words} hold a label word in their own text ("Posted on April 13, 2023"). Both in
     * document order, at most 200 each; navigation and scripts are skipped.
     */
    record Labels(List<Element> labels, List<Element> words) {
        static Labels scan(Document doc) {
            java.util.Set<Element> labels = new java.util.LinkedHashSet<>();
            java.util.Set<Element> words = new java.util.LinkedHashSet<>();
            if (doc.body() == null) return new Labels(List.of(), List.of());
            org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                    if (node instanceof Element e) {
                        return SKIPPED.contains(e.normalName()) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                    }
                    if (!(node instanceof org.jsoup.nodes.TextNode t) || !(node.parent() instanceof Element p)) {
                        return FilterResult.CONTINUE;
                    }
                    String w = t.getWholeText();
                    // a text node longer than a note is body prose; its label words ("was published in") are not datelines
                    if (w.length() > 2 * NOTE_CHARS || !mayHoldLabel(w)) return FilterResult.CONTINUE;
                    if (words.size() < MAX_CANDIDATES && hasLabelStem(w) && LABEL_WORDS.matcher(w).find()) words.add(p);
                    String own = w.length() > 80 ? "" : w.strip();
                    if (labels.size() < MAX_CANDIDATES && !own.isEmpty() && own.length() <= 40
                            && (DATE_LABEL.matcher(own).matches() || UPDATED_LABEL.matcher(own).matches())) {
                        Element top = p;
                        while (top.parent() != null && top.parent().childrenSize() <= 1
                                && Signals.textLengthAtMost(top.parent(), 27) <= 26) {
                            top = top.parent();
                        }
                        for (Element e = top; e != null; e = e.childrenSize() == 1 ? e.child(0) : null) {
                            labels.add(e);
                            if (e == p) break;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, doc.body());
            return new Labels(List.copyOf(labels), List.copyOf(words));
        }
    }

    private static final java.util.Set<String> SKIPPED = java.util.Set.of("nav", "script", "style", "noscript", "svg",
            "select", "template");

    /** First letters of the words of {@link #LABEL_WORDS}, {@link #DATE_LABEL} and {@link #UPDATED_LABEL}, lower case. */
    private static final String LABEL_INITIALS = "puavgoоdrflmо";

    /**
     * A cheap test before the label patterns: a word of 4+ letters starting with one of the label words'
     * initials ("date" is the shortest label).
     */
    /** Stems of every {@link #LABEL_WORDS} word: a plain search that spares most text nodes the pattern. */
    private static final List<String> LABEL_STEMS = List.of("publi", "pubbl", "posted", "updated", "опубл", "онов",
            "обнов", "veröff", "aktualis", "actualiz", "aggiorn");

    static boolean hasLabelStem(String s) {
        return TextNormalizer.containsAny(s, LABEL_STEMS);
    }

    private static boolean mayHoldLabel(String s) {
        int run = 0;
        boolean candidate = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                if (run == 0) candidate = LABEL_INITIALS.indexOf(Character.toLowerCase(ch)) >= 0;
                run++;
                if (candidate && run >= 4) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** Whether {@link #inlineLabelled} found an "originally published" note. */
    boolean original() {
        return publishedText != null && publishedText.startsWith("originally ");
    }

    /**
     * Visible microdata without a machine value: {@code <li itemprop="datePublished"><time>December 3, 2025</time>}
     * and {@code <time pubdate>} with only text.
     */
    static TextDates microdata(Document doc) {
        for (Element e : doc.select(MICRODATA)) {
            String text = shortText(e, MAX_CHARS);
            if (text == null) continue;
            // microdata names the article's date explicitly, also in a list or widget of post meta
            if (text.isEmpty() || text.length() > MAX_CHARS || DateScope.foreign(e, OTHER_ITEMS)) continue;
            DateMatch m = scanBest(text, doc);
            if (m != null && DateLabels.of(e, m.start()) != DateLabels.Kind.UPDATED) {
                return new TextDates(toParsed(m), m.matched(), null, null);
            }
        }
        return NONE;
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
            Collector c = new Collector();
            for (DateMatch m : scanAll(text, box.ownerDocument())) {
                c.add(m, DateLabels.of(box, m.start()), null);
            }
            if (c.pub != null || c.mod != null) return c.result();
        }
        return NONE;
    }

    /**
     * The kind of the date a {@code <time>} (or other dated element) shows: its own text's label ("Updated April
     * 10, 2025" inside a {@code time class=published-date}), else the text before it.
     */
    static DateLabels.Kind kindOf(Element e) {
        String text = TextNormalizer.collapse(e.text());
        DateMatch m = scanBest(text, e.ownerDocument());
        return DateLabels.of(e, m == null ? text.length() : m.start());
    }

    private static Element headline(Document doc, String title) {
        Element first = doc.selectFirst("h1");
        if (title != null) {
            String t = TextNormalizer.forCompare(title);
            for (Element h : doc.select("h1")) {
                String hn = TextNormalizer.forCompare(h.text());
                if (!hn.isEmpty() && (hn.equals(t) || TextNormalizer.similarity(hn, t) >= 0.5)) return h;
            }
            // the first h1 is the headline unless it is the site's name (a link home); then the title's h2 or legend
            if (first != null && !siteName(first)) return first;
            if (!t.isEmpty()) {
                for (Element h : doc.select(HEADLINE_LIKE)) {
                    if (TextNormalizer.forCompare(h.text()).equals(t)) return h;
                }
                // pages without any h1 (site builders set headlines in styled paragraphs)
                if (first == null && doc.body() != null) {
                    for (Element e : doc.body().getAllElements()) {
                        if (ownTextBound(e) >= t.length() / 2 && e.ownText().length() >= t.length() / 2
                                && TextNormalizer.forCompare(e.text()).equals(t)) return e;
                    }
                }
            }
        }
        return first;
    }

    /**
     * At least the length of {@code e.ownText()} (its text nodes as they are, plus one for each line break it
     * turns into a space), counted without building the string: most elements have little own text.
     */
    private static int ownTextBound(Element e) {
        int n = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            org.jsoup.nodes.Node c = e.childNode(i);
            if (c instanceof TextNode tn) {
                n += tn.getWholeText().length();
            } else if (c instanceof Element b && b.normalName().equals("br")) {
                n++;
            }
        }
        return n;
    }

    /** The first element after {@code e} and its descendants, in document order. */
    private static Element after(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            Element s = p.nextElementSibling();
            if (s != null) return s;
        }
        return null;
    }

    /** The next element in document order (its first child, else the element after it). */
    private static Element next(Element e) {
        return e.childrenSize() > 0 ? e.child(0) : after(e);
    }

    /** The previous element in document order, never before {@code root}. */
    private static Element previous(Element e, Element root) {
        if (e == root) return null;
        Element s = e.previousElementSibling();
        if (s == null) return e.parent();
        while (s.childrenSize() > 0) s = s.child(s.childrenSize() - 1);
        return s;
    }

    /** An h1 that is a link to the site's home page: the site's name, not a headline. */
    private static boolean siteName(Element h1) {
        for (Element a : h1.select("a[href]")) {
            String href = a.attr("href").trim();
            if (href.equals("/") || href.equals("./") || href.matches("https?://[^/]+/?")) return true;
        }
        return false;
    }

    /** Inside a block of other content (a story list, comments, a sidebar widget, a teaser card)? */
    static boolean inForeignBlock(Element e, Evaluator foreign) {
        return DateScope.foreign(e, foreign);
    }

    /** A whole value in a textual form ("July 17, 2025"), as some meta tags carry it; null when not a date. */
    static IsoDates.ParsedDate parseText(String value) {
        return parseText(value, null);
    }

    /** As {@link #parseText(String)}, a slashed day-or-month date read in {@code doc}'s order. */
    static IsoDates.ParsedDate parseText(String value, Document doc) {
        if (value == null || value.length() > 60) return null;
        DateMatch m = scanBest(value, doc);
        return m == null ? null : toParsed(m);
    }

    /**
     * The date shown by {@code e}; a {@code <time datetime>} in it settles a slashed date that reads either way
     * (its machine value is what {@link Collector#add(DateMatch, DateLabels.Kind, Element)} keeps).
     */
    private static DateMatch scanElement(Element e, String text, Document doc) {
        return timeValue(e) != null ? scanBest(text, DayOrder.DAY_FIRST) : scanBest(text, doc);
    }

    /** The first full date with a time, else the first full date (as {@link org.triangulate.extract.meta.DateScan#best()}). */
    private static DateMatch scanBest(String text, Document doc) {
        return scanBest(text, doc == null ? DayOrder.UNKNOWN : null, doc);
    }

    private static DateMatch scanBest(String text, DayOrder order) {
        return scanBest(text, order, null);
    }

    private static DateMatch scanBest(String text, DayOrder order, Document doc) {
        List<DateMatch> all = scanAll(text, order, doc);
        for (DateMatch m : all) {
            if (m.hasTime()) return m;
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every full date (with a year) in the text, in order. A slashed date that reads either way ("8/1/2025") is
     * read in the page's order ({@link DayOrder}) and dropped when the page's language does not tell.
     */
    private static List<DateMatch> scanAll(String text, Document doc) {
        return scanAll(text, doc == null ? DayOrder.UNKNOWN : null, doc);
    }

    /** As {@link #scanAll(String, Document)} in a known {@code order}, or (null) in {@code doc}'s. */
    private static List<DateMatch> scanAll(String text, DayOrder known, Document doc) {
        List<DateMatch> found;
        try {
            found = DateParser.scan(text).found();
        } catch (RuntimeException ex) {
            return List.of();
        }
        List<DateMatch> out = new java.util.ArrayList<>();
        DayOrder order = known;
        for (DateMatch m : found) {
            if (m.date() == null || m.year() < 1990) continue;
            if (DayOrder.ambiguous(m)) {
                if (order == null) order = DayOrder.of(doc);
                m = order.read(m);
                if (m == null) continue;
            }
            out.add(m);
        }
        return out;
    }

    static IsoDates.ParsedDate toParsed(DateMatch m) {
        LocalTime t = m.time();
        LocalDateTime local = LocalDateTime.of(m.date(), t == null ? LocalTime.MIDNIGHT : t);
        ZoneOffset offset = m.zone() == null ? null : m.zone().getRules().getOffset(local);
        return new IsoDates.ParsedDate(local, offset, t == null);
    }
}
