package org.triangulate.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Shared signals of the content pipeline: class/id patterns (after Mozilla Readability's, extended with cookie,
 * newsletter and recommendation widgets) and text statistics of elements.
 */
final class Signals {
    /**
     * Class/id of containers that are almost never the article (Mozilla Readability's list, less
     * {@link #UNLIKELY_LAYOUT}).
     */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|breadcrumb|combx|comment|community|disqus|footer|gdpr|legends"
                    + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    /**
     * The layout words of Readability's list: they name a page's header, menu or banner, but also turn up in the
     * modifier classes of article blocks ("kt-pane-header-alignment-left" on an accordion of the article's own
     * text), so long prose under them stays, as with {@link #UNLIKELY_EXTRA}.
     */
    static final Pattern UNLIKELY_LAYOUT = Pattern.compile("banner|cover-wrap|extra|header|menu|supplemental",
            Pattern.CASE_INSENSITIVE);
    /**
     * Widgets Readability's list misses (cookie, newsletter, share, recommendation boxes). Weaker evidence: a
     * container matched only by these is kept when it holds long prose.
     */
    static final Pattern UNLIKELY_EXTRA = Pattern.compile(
            "cookie|consent|newsletter|subscri|share|sharing|outbrain|taboola|recommend|trending|most-?popular"
                    + "|navbar|navigation|modal|signup|promo|paywall|toolbar|author-?bio|byline|dateline|tags",
            Pattern.CASE_INSENSITIVE);
    /** Class/id words that rescue an unlikely match ("main-content-sidebar-wrapper" stays). */
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow|entry|post-?text|rich-?text|prose",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                    + "|newsletter|subscribe|cookie|recommend|popular|caption|credit",
            Pattern.CASE_INSENSITIVE);
    /**
     * The part of {@link #NEGATIVE} that names what is never the article's own text (comments, footers, related
     * stories, share and newsletter boxes). The rest ("widget", "media", "meta", "promo", "tags", ...) is weak:
     * page builders put it on every container, article paragraphs included.
     */
    static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "comment|disqus|footer|sidebar|related|share|sharing|social|newsletter|subscri|sponsor|outbrain|taboola"
                    + "|recommend|popular|trending|cookie|consent|gdpr|breadcrumb|masthead|shoutbox|skyscraper|-ad-"
                    + "|author-?bio|signup|paywall",
            Pattern.CASE_INSENSITIVE);
    static final Pattern UNLIKELY_ROLES = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search",
            Pattern.CASE_INSENSITIVE);
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "ul", "br", "summary", "center", "menu", "select",
            "textarea", "img", "video", "iframe", "object", "embed");
    /**
     * Marks the best-scored candidate for the cleanup: what holds it is the article's core and is never cleaned
     * away for its class name ("newsletter-content" on a newsletter's archive page).
     */
    static final String CORE_MARK = "data-triangulate-core";
    static final Evaluator CORE = css("[" + CORE_MARK + "]");
    static final Set<String> TEXT_BLOCK_TAGS = Set.of("p", "li", "pre", "td", "dd", "blockquote");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Selectors used per element are parsed once (jsoup parses a selector string on every call). */
    static Evaluator css(String query) {
        return QueryParser.parse(query);
    }

    static final Evaluator LISTS = css("ul, ol");
    static final Evaluator HEADING_TAGS = css("h1, h2, h3, h4, h5, h6");
    static final Evaluator FIGURE = css("figure");
    static final Evaluator TEXT_BLOCKS = css("p, li, pre, td, dd, blockquote");
    static final Evaluator P = css("p");
    private static final Evaluator MASS_BLOCKS = css("p, li, pre, td, dd, blockquote, h2, h3, h4, h5, h6");

    private Signals() {
    }

    static String classAndId(Element e) {
        return withoutNegations(e.className() + " " + e.id());
    }

    /** Readability's class weight: +25 per positive, -25 per negative class and id. */
    static int classWeight(Element e) {
        return nameWeight(e.className()) + nameWeight(e.id());
    }

    private static final ClassNameMemo NAME_WEIGHTS = new ClassNameMemo(name -> {
        String said = withoutNegations(name);
        return (NEGATIVE.matcher(said).find() ? -25 : 0) + (POSITIVE.matcher(said).find() ? 25 : 0);
    });

    /** A class token that says what a block lacks ("no_caption", "no-sidebar", "without-comments"). */
    private static final Pattern NEGATION = Pattern.compile("(?i)(?<![^\\s])(?:no|without)[-_]\\S*");

    /**
     * The class names without those that say what the block lacks: a list item "no_caption" or a wrapper
     * "no-sidebar" is neither a caption nor a side column.
     */
    static String withoutNegations(String name) {
        if (!name.contains("no-") && !name.contains("no_") && !name.contains("without")) return name;
        return NEGATION.matcher(name).replaceAll("");
    }

    private static int nameWeight(String name) {
        return name.isEmpty() ? 0 : NAME_WEIGHTS.get(name);
    }

    /** Length of the element's text with whitespace runs collapsed (approximately: runs count as one). */
    static int textLength(Node node) {
        int[] n = {0};
        boolean[] lastSpace = {true};
        count(node, n, lastSpace);
        return n[0];
    }

    /** {@link #textLength} that stops counting at {@code limit} (cheap on huge containers). */
    static int textLengthAtMost(Node node, int limit) {
        int[] n = {0};
        boolean[] lastSpace = {true};
        countUpTo(node, n, lastSpace, limit);
        return Math.min(n[0], limit);
    }

    private static void countUpTo(Node node, int[] n, boolean[] lastSpace, int limit) {
        if (n[0] >= limit) return;
        if (node instanceof TextNode t) {
            count(t, n, lastSpace);
        } else if (node instanceof Element e) {
            for (Node c : e.childNodes()) {
                countUpTo(c, n, lastSpace, limit);
                if (n[0] >= limit) return;
            }
        }
    }

    private static void count(Node node, int[] n, boolean[] lastSpace) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
                if (!ws) {
                    n[0]++;
                } else if (!lastSpace[0]) {
                    n[0]++;
                }
                lastSpace[0] = ws;
            }
        } else if (node instanceof Element e) {
            for (Node c : e.childNodes()) {
                count(c, n, lastSpace);
            }
        }
    }

    /** Characters of text inside the links under {@code e}, each link counted whole (no weighting by target). */
    static int linkTextLength(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) n += textLength(a);
        return n;
    }

    /** Share of the text inside links; in-page anchors ("#...") count 0.3 as Readability does. */
    static double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) {
            return 0;
        }
        double linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double coeff = href.startsWith("#") && href.length() > 1 ? 0.3 : 1.0;
            linked += textLength(a) * coeff;
        }
        return Math.min(1.0, linked / total);
    }

    static int commas(String text) {
        int c = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') c++;
        }
        return c;
    }

    static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether the element has any block-level descendant. */
    static boolean hasBlockDescendant(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && BLOCKS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Leaf text blocks: prose chars and link-dense chars under an element. */
    record Mass(int good, int linky) {
    }

    /** Prose chars and link-dense chars in the leaf text blocks under an element. */
    static Mass mass(Element root) {
        return mass(root, null);
    }

    /**
     * {@link #mass(Element)} with each block's share kept in {@code memo} (when not null), for callers that weigh
     * nested containers of one unchanged DOM: a block counts the same under every ancestor.
     */
    static Mass mass(Element root, java.util.Map<Element, int[]> memo) {
        int good = 0;
        int linky = 0;
        for (Element e : root.select(MASS_BLOCKS)) {
            int[] share = memo == null ? null : memo.get(e);
            if (share == null) {
                share = blockMass(e);
                if (memo != null) memo.put(e, share);
            }
            good += share[0];
            linky += share[1];
        }
        return new Mass(good, linky);
    }

    private static final int[] NO_MASS = {0, 0};

    /** A block's {prose, link-dense} chars; only leaf blocks count, so nested blocks are not counted twice. */
    private static int[] blockMass(Element e) {
        if (e.select(TEXT_BLOCKS).size() > 1) return NO_MASS;
        int len = textLength(e);
        if (len == 0) return NO_MASS;
        double ld = linkDensity(e);
        if (ld >= 0.5) return new int[] {0, len};
        if (ld < 0.3 && len >= 40) return new int[] {len, 0};
        return NO_MASS;
    }

}
