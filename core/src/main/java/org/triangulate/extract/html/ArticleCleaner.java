package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Stage 5, cleanup of the chosen container (after Readability's prepArticle): drops captions, share and byline
 * widgets, the heading that repeats the title, and lists/tables/divs whose link density, image count or class
 * weight say they are not article text ("clean conditionally"). Data tables and code stay.
 */
final class ArticleCleaner {
    private static final Pattern WIDGET = Pattern.compile(
            "share|sharing|social|byline|author|caption|credit|related|newsletter|subscri|promo|advert|\\bads?\\b"
                    + "|tags|breadcrumb|toolbar|comment|donate|signup|sign-up|cta",
            Pattern.CASE_INSENSITIVE);
    /** Widgets longer than this are more likely a mislabelled article part than a widget (Readability: 500). */
    private static final int WIDGET_MAX_CHARS = 500;

    /** Link-poor prose that makes a weakly named container article text (two or three sentences). */
    private static final int PROSE_CHARS = 200;

    /** A teaser grid has at least this many alike cards, each at most this long. */
    private static final int TEASERS_MIN = 3;
    private static final int TEASER_MAX_CHARS = 600;
    /** Prose after a teaser grid that makes it part of the article. */
    private static final int TRAILING_PROSE_CHARS = 150;
    private static final Pattern RELATED_LABEL = Pattern.compile(
            "(?i)related|also like|read more|see also|more (from|on|about)\\b|more stories|recommended|popular|further reading"
                    + "|you may|trending|latest");
    /**
     * The label of a card pointing to other stories, alone on its line: "Read More", "Related", "See also:", and the
     * same in other languages ("Читайте також", "Lire aussi", "Lesen Sie auch").
     */
    private static final Pattern CARD_LABEL = Pattern.compile("(?iu)^\\W{0,2}(related( (stories|articles|content|coverage|posts|reading))?"
            + "|read more|read next|read also|also read|see also|more on this( story| topic)?|don'?t miss|recommended( reading)?"
            + "|further reading|more|читайте також|читайте также|читати також|дивіться також|смотрите также|(à )?lire aussi"
            + "|lesen sie auch|mehr zum thema|lee también|leer más|leggi anche|ver también|veja também|leia também)\\W{0,2}$");
    /** A link card inside the story is a label and a headline or two. */
    private static final int LINK_CARD_MAX_CHARS = 300;
    /** A repeated sibling block shorter than this stays. */
    private static final int REPEAT_MIN_CHARS = 200;

    private ArticleCleaner() {
    }

    static void clean(Element article, String title, ContentScorer scorer, boolean conditional) {
        for (Element e : article.select("figcaption, [role=presentation] figcaption")) {
            e.remove();
        }
        for (Element e : new ArrayList<>(article.getAllElements())) {
            if (e == article || e.parent() == null) continue;
            String sig = Signals.classAndId(e);
            if (sig.length() > 1 && WIDGET.matcher(sig).find() && !Signals.MAYBE.matcher(e.className()).find()
                    && Signals.textLength(e) < WIDGET_MAX_CHARS && !insideCode(e)) {
                e.remove();
            }
        }
        dropRepeatedSiblings(article);
        dropTeaserGrids(article);
        dropLinkCards(article);
        Appeals.drop(article);
        removeTitleHeading(article, title);
        if (conditional) {
            for (String tag : new String[] {"form", "fieldset", "table", "ul", "ol", "div", "section", "header", "aside", "figure"}) {
                cleanConditionally(article, tag, scorer);
            }
        }
        for (Element h : article.select(Signals.HEADING_TAGS)) {
            if (Signals.classWeight(h) < 0) {
                h.remove();
            }
        }
        dropTrailingHeadings(article);
        dropEmptyRelatedHeadings(article);
        for (Element e : article.select(Signals.CORE)) {
            e.removeAttr(Signals.CORE_MARK);
        }
    }

    /**
     * Responsive pages ship the same block once per breakpoint (Framer, Webflow "ssr-variant"s, mobile and desktop
     * copies), only one of them visible: a sibling container whose text repeats an earlier sibling's is dropped. Blocks under
     * {@link #REPEAT_MIN_CHARS} are left alone (repeated short lines can be real: a refrain, a table's cells).
     */
    private static void dropRepeatedSiblings(Element root) {
        List<Element> parents = new ArrayList<>();
        parents.add(root);
        while (!parents.isEmpty()) {
            Element parent = parents.remove(parents.size() - 1);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Element c : new ArrayList<>(parent.children())) {
                if (Signals.textLengthAtMost(c, REPEAT_MIN_CHARS) >= REPEAT_MIN_CHARS) {
                    // only containers: a repeated paragraph can be the author's own (a refrain, a recurring note)
                    if (isContainer(c) && !seen.add(TextNormalizer.collapse(c.text()))) {
                        c.remove();
                        continue;
                    }
                    parents.add(c);
                }
            }
        }
    }

    /**
     * A grid of teasers for other pages (related posts, "more stories") after the article: three or more siblings
     * of one tag and class, each short, each headed by a link to another page. Sizes chosen on wcxb-dev.
     */
    private static void dropTeaserGrids(Element root) {
        int articleChars = Signals.textLength(root);
        for (Element parent : new ArrayList<>(root.getAllElements())) {
            if (parent.parent() == null || parent == root || parent.childrenSize() < TEASERS_MIN) continue;
            // the best-scored block is protected, unless it is itself one of the cards (a long teaser excerpt)
            Element core = parent.selectFirst(Signals.CORE);
            if (core != null && !isTeaser(cardOf(core, parent))) continue;
            java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
            int teaserChars = 0;
            for (Element c : parent.children()) {
                if (isTeaser(c)) {
                    kinds.merge(c.normalName() + "." + firstClass(c), 1, Integer::sum);
                    teaserChars += Signals.textLength(c);
                }
            }
            int most = kinds.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int gridChars = Signals.textLength(parent);
            // a grid holding most of the text, or followed by prose, is the article's own (a listicle of linked
            // items), unless a label such as "Latest News" or "Related posts" introduces it
            if (most >= TEASERS_MIN && teaserChars >= 0.6 * gridChars
                    && (gridChars < 0.5 * articleChars && !proseFollows(parent, root) || labelledAsRelated(parent, root))) {
                parent.remove();
            }
        }
    }

    /**
     * A card inside the story that points to other stories: a block of its own that opens with a label element
     * ("<div>Read More</div><a href=/x>Floods hit region for third year</a>") and holds nothing but links after it.
     * Label and links are the page's navigation, not the story's text. A paragraph that runs the label into its
     * link ("Read more: <a>…</a>") is the author's own reference and stays, as it does in the wcxb-dev gold.
     */
    private static void dropLinkCards(Element root) {
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e == root || e.parent() == null || e.childrenSize() < 2 || Signals.isHeading(e)
                    || e.normalName().equals("p")) continue;
            int chars = Signals.textLengthAtMost(e, LINK_CARD_MAX_CHARS + 1);
            if (chars > LINK_CARD_MAX_CHARS || e.selectFirst(Signals.CORE) != null) continue;
            Element label = null;
            for (Element c : e.children()) {
                if (!c.text().isBlank()) {
                    label = c;
                    break;
                }
            }
            // the label is a line of its own: "<strong>Read more:</strong> <a>…</a>" is one line of the story
            if (label == null || !label.isBlock() || label.selectFirst("a") != null || !CARD_LABEL.matcher(label.text().strip()).matches()) continue;
            // everything after the label is link text: one or more headlines of other stories
            int labelChars = Signals.textLength(label);
            int links = Signals.linkTextLength(e);
            if (links > 0 && links >= 0.9 * (chars - labelChars)) e.remove();
        }
    }

    /**
     * The card's kind: its first class word. WordPress and page builders add per-post classes after it
     * ("elementor-post post-4185 category-blog ..."), so whole class strings differ between cards of one grid.
     */
    private static String firstClass(Element c) {
        String cls = c.className().strip();
        int sp = cls.indexOf(' ');
        return sp < 0 ? cls : cls.substring(0, sp);
    }

    /**
     * Whether article prose comes after the element: teasers of other pages follow the article, while cards
     * between paragraphs are the article's own list (products, books, tools of a listicle).
     */
    private static boolean proseFollows(Element e, Element root) {
        for (Element x = e; x != null && x != root; x = x.parent()) {
            for (Element sib = x.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
                if (Signals.mass(sib).good() >= TRAILING_PROSE_CHARS) return true;
            }
        }
        return false;
    }

    /** The child of {@code parent} that holds {@code e}. */
    private static Element cardOf(Element e, Element parent) {
        Element x = e;
        while (x.parent() != null && x.parent() != parent) x = x.parent();
        return x;
    }

    /** Short, and its heading is a link to another page (or the whole card is one). */
    private static boolean isTeaser(Element c) {
        int len = Signals.textLengthAtMost(c, TEASER_MAX_CHARS + 1);
        if (len == 0 || len > TEASER_MAX_CHARS) return false;
        for (Element a : c.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.isEmpty() || href.startsWith("#")) continue;
            if (a.selectFirst(Signals.HEADING_TAGS) != null || a.closest(Signals.HEADING_TAGS) != null) return true;
        }
        return false;
    }

    /** Holds two or more text blocks (a paragraph, a list item or a heading alone is not a container). */
    private static boolean isContainer(Element e) {
        int blocks = 0;
        for (Element d : e.getAllElements()) {
            if (d != e && (Signals.TEXT_BLOCK_TAGS.contains(d.normalName()) || Signals.isHeading(d)) && ++blocks >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCode(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("pre") || p.normalName().equals("code")) return true;
        }
        return false;
    }

    /** The headline usually sits above the body; it is metadata, not text. */
    private static void removeTitleHeading(Element article, String title) {
        if (title == null || title.isBlank()) return;
        String t = TextNormalizer.forCompare(title);
        for (Element h : article.select("h1, h2, h3")) {
            // the headline without a dek set inside it (an h4 or a block span) is what the title names
            String ht = TextNormalizer.forCompare(Headlines.ownHeadline(h));
            if (!ht.isEmpty() && (ht.equals(t) || TextNormalizer.similarity(ht, t) >= 0.75)) {
                h.remove();
                return;
            }
        }
        // Readability turns the remaining h1 into h2; a lone h1 that is not the title is a section heading
    }

    private static void dropTrailingHeadings(Element article) {
        while (true) {
            Element last = lastBlockWithText(article);
            if (last == null || !Signals.isHeading(last)) return;
            last.remove();
        }
    }

    /**
     * A heading that names a list of other stories ("Other Posts You May Enjoy", "Related reading") and is followed
     * straight away by a heading of its rank or above: the list went with the cleaning, the label introduces nothing.
     */
    private static void dropEmptyRelatedHeadings(Element article) {
        for (Element h : article.select(Signals.HEADING_TAGS)) {
            String text = h.text();
            if (text.length() > 60 || !RELATED_LABEL.matcher(text).find()) continue;
            Element next = nextBlockWithText(h, article);
            if (next == null || Signals.isHeading(next) && next.normalName().compareTo(h.normalName()) <= 0) {
                h.remove();
            }
        }
    }

    /** The first block with text after {@code e} in page order, outside it, or null. */
    private static Element nextBlockWithText(Element e, Element root) {
        for (Element x = e; x != null && x != root; x = x.parent()) {
            for (Element s = x.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                if (s.text().isBlank()) continue;
                Element first = s;
                // the first block with text inside it
                while (!Signals.isHeading(first)) {
                    Element inner = null;
                    for (Element c : first.children()) {
                        if (!c.text().isBlank()) {
                            inner = c;
                            break;
                        }
                    }
                    if (inner == null || !Signals.BLOCKS.contains(inner.normalName()) && !Signals.isHeading(inner)) break;
                    first = inner;
                }
                return first;
            }
        }
        return null;
    }

    private static Element lastBlockWithText(Element root) {
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (Signals.BLOCKS.contains(e.normalName()) && !e.text().isBlank()) {
                // the deepest block holding the last text
                return e;
            }
        }
        return null;
    }

    private static void cleanConditionally(Element article, String tag, ContentScorer scorer) {
        List<Element> els = article.getElementsByTag(tag);
        for (int i = els.size() - 1; i >= 0; i--) {
            Element e = els.get(i);
            if (e == article || e.parent() == null || detachedFrom(e, article)) continue;
            if (tag.equals("table") && isDataTable(e)) continue;
            if (insideCode(e) || insideDataTable(e)) continue;
            if (e.selectFirst(Signals.CORE) != null) continue;
            if (shouldRemove(e, tag, scorer)) {
                e.remove();
            }
        }
    }

    private static boolean detachedFrom(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) return false;
        }
        return true;
    }

    private static boolean shouldRemove(Element e, String tag, ContentScorer scorer) {
        int textLength = Signals.textLength(e);
        int listLength = 0;
        for (Element l : e.select(Signals.LISTS)) {
            if (l != e) listLength += Signals.textLength(l);
        }
        boolean isList = tag.equals("ul") || tag.equals("ol") || textLength > 0 && listLength / (double) textLength > 0.9;
        int weight = scorer.classWeight(e);
        if (weight < 0 && !isWeaklyNamedProse(e)) return true;
        String text = e.text();
        if (Signals.commas(text) >= 10) return false;
        int p = e.getElementsByTag("p").size();
        int img = e.getElementsByTag("img").size();
        int li = e.getElementsByTag("li").size() - 100;
        int input = e.getElementsByTag("input").size();
        int headingChars = 0;
        for (Element h : e.select(Signals.HEADING_TAGS)) headingChars += Signals.textLength(h);
        double headingDensity = textLength == 0 ? 0 : headingChars / (double) textLength;
        double linkDensity = Signals.linkDensity(e);
        boolean inFigure = e.closest(Signals.FIGURE) != null;
        if (linkDensity > 0.25) linkDensity = withoutIntroducedLists(e, linkDensity, textLength);
        if (img > 1 && p / (double) img < 0.5 && !inFigure) return true;
        if (!isList && li > p) return true;
        if (input > p / 3) return true;
        if (!isList && headingDensity < 0.9 && textLength < 25 && (img == 0 || img > 2) && linkDensity > 0) return true;
        // Readability's 0.2 drops sections whose prose links its sources; 0.25 chosen on wcxb-dev (readability/ equal)
        if (!isList && weight < 25 && linkDensity > 0.25 && linkDensity - inlineLinkShare(e, textLength) > 0.25) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        if (isList && linkDensity > 0.5 && textLength < 400 && introducedAsRelated(e)) return true;
        // a figure keeps no text worth having once its caption is gone
        return tag.equals("figure") && textLength < 25;
    }

    /**
     * A container whose negative class/id words are only the weak ones ("widget", "media", "promo", "scroll") and
     * which holds article prose or a data table: page builders (Elementor, WPBakery, product-review blocks) name every container so.
     * Size and density chosen on wcxb-dev.
     */
    private static boolean isWeaklyNamedProse(Element e) {
        if (Signals.STRONG_NEGATIVE.matcher(Signals.classAndId(e)).find()) return false;
        if (Signals.linkDensity(e) >= 0.25) return false;
        if (Signals.mass(e).good() >= PROSE_CHARS) return true;
        if (isSentence(e)) return true;
        // a "scrollable-table" wrapper around a data table (prices, quantities, specifications)
        for (Element t : e.getElementsByTag("table")) {
            if (isDataTable(t)) return true;
        }
        return false;
    }

    /** A sentence this long, alone in a weakly named container, is a page builder's text block. */
    private static final int SENTENCE_CHARS = 60;
    /** The sentence may link a word or two ("For more information, see our Babbel review."), not be a link. */
    private static final double SENTENCE_LINK_DENSITY = 0.2;

    /**
     * One paragraph of a sentence or so, mostly without links, ending as a sentence does ("In selecting the best
     * apps, I took into account several criteria, which include:"): a page builder's text widget, not a widget's
     * label.
     */
    private static boolean isSentence(Element e) {
        int len = Signals.textLengthAtMost(e, PROSE_CHARS + 1);
        if (len < SENTENCE_CHARS || len > PROSE_CHARS) return false;
        if (e.getElementsByTag("p").size() > 1 || Signals.linkDensity(e) >= SENTENCE_LINK_DENSITY) return false;
        String t = e.text().strip();
        return !t.isEmpty() && ".:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * A short link list is dropped when a label such as "You might also like" introduces it: link lists between
     * the paragraphs (products, tools, sources) are mostly the article's own (wcxb-dev, readability/).
     */
    /**
     * {@link #introducedAsRelated} for a block whose label sits before one of its first-child ancestors (a page
     * builder's heading widget, then the posts widget holding the grid), up to four levels.
     */
    private static boolean labelledAsRelated(Element block, Element root) {
        Element x = block;
        for (int level = 0; level < 4 && x != null && x != root; level++, x = x.parent()) {
            if (x.previousElementSibling() != null) return introducedAsRelated(x);
        }
        return false;
    }

    /**
     * The link density of {@code e} with the links of its lists that a sentence introduces left out (those
     * lists are the text's own, see {@link #introducedBySentence}).
     */
    private static double withoutIntroducedLists(Element e, double linkDensity, int textLength) {
        List<Element> lists = e.normalName().equals("ul") || e.normalName().equals("ol") ? List.of(e)
                : e.select(Signals.LISTS);
        double discounted = 0;
        for (Element list : lists) {
            if (list.parent() != null && (list.parent().normalName().equals("li"))) continue; // nested: counted with its list
            if (!introducedBySentence(list, e)) continue;
            discounted += Signals.linkTextLength(list);
        }
        if (discounted == 0 || textLength == 0) return linkDensity;
        return Math.max(0, linkDensity - discounted / textLength);
    }

    /** A paragraph with this much text outside its links is a sentence that links its sources. */
    private static final int INLINE_LINK_PROSE_CHARS = 60;

    /**
     * The share of {@code e}'s text in links that sit inside sentences: paragraphs with at least
     * {@link #INLINE_LINK_PROSE_CHARS} of their own text besides the links ("This webcam image is provided courtesy of
     * <a>Yosemite Conservancy</a>. For permission, fill out our <a>webcam usage agreement</a>."). A teaser's linked
     * title or a list of links is not inside a sentence and still counts.
     */
    private static double inlineLinkShare(Element e, int textLength) {
        if (textLength == 0) return 0;
        double inline = 0;
        for (Element p : e.getElementsByTag("p")) {
            int total = Signals.textLength(p);
            int linked = Signals.linkTextLength(p);
            if (linked > 0 && total - linked >= INLINE_LINK_PROSE_CHARS && linked < total - linked) inline += linked;
        }
        return inline / textLength;
    }

    /** "Many patches were sent for review:": a sentence of a few words, in lower case after its first, ending in a colon. */
    private static final Pattern INTRO_SENTENCE = Pattern.compile("\\p{Lu}[^.!?:]*(\\s\\p{Ll}[^\\s.!?:]*){3,}[^.!?:]*:");
    private static final int MAX_INTRO_CHARS = 200;

    /**
     * A list of links that the text introduces with a sentence of its own ("Many patches were sent for review:",
     * "Here are the tools I used:") is the article's: the changes, sources or products it talks about. A widget's
     * list has a label ("Related posts") or nothing.
     */
    private static boolean introducedBySentence(Element list, Element root) {
        Element prev = list.previousElementSibling();
        if (prev == null && list != root && list.parent() != root) {
            // the list sits in a wrapper of its own ("div.ulist > ul"): the sentence is the wrapper's sibling
            prev = list.parent().previousElementSibling();
        }
        if (prev == null) return false;
        String text = prev.text().strip();
        return text.length() <= MAX_INTRO_CHARS && INTRO_SENTENCE.matcher(text).matches()
                && !RELATED_LABEL.matcher(text).find();
    }

    private static boolean introducedAsRelated(Element list) {
        Element prev = list.previousElementSibling();
        return prev != null && prev.text().length() < 60 && RELATED_LABEL.matcher(prev.text()).find();
    }

    private static boolean insideDataTable(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table") && isDataTable(p)) return true;
        }
        return false;
    }

    /** Readability's data-table test: declared structure, or more than a few rows and columns, no nesting. */
    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation")) return false;
        if (table.attr("datatable").equals("0")) return false;
        if (!table.attr("summary").isEmpty()) return true;
        if (!table.getElementsByTag("caption").isEmpty()) return true;
        if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) return true;
        if (table.select("table").size() > 1) return false;
        int rows = table.select("tr").size();
        int cols = 0;
        for (Element tr : table.select("tr")) cols = Math.max(cols, tr.select("td, th").size());
        if (rows == 1 || cols == 1) return false;
        if (rows >= 10 || cols > 4) return true;
        return rows * cols > 10;
    }
}
