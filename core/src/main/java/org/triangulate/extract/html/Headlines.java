package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The page's visible headline candidates: its {@code h1}s outside navigation, footers, sidebars, logos, menus,
 * search boxes and pop-ups, in document order.
 */
final class Headlines {
    /** A visible heading and its repaired text; {@code inArticle} when it sits in the article or main area. */
    record Heading(Element element, String text, boolean inArticle) {
    }

    private static final org.jsoup.select.Evaluator CHROME_TAGS = Signals.css(
            "nav, footer, aside, dialog, [role=navigation], [role=search], [role=dialog], [role=banner]");
    /** Class or id words of site chrome around an h1 (a logo or site-name h1, a menu or search overlay). */
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(^|[\\s_-])(logo|brand|branding|site-?title|site-?name|sitename|menu|search|modal|navbar|offcanvas)"
                    + "([\\s_-]|$)", Pattern.CASE_INSENSITIVE);
    private static final org.jsoup.select.Evaluator ARTICLE_AREA = Signals.css(
            "article, main, [role=main], [itemprop=articleBody], [itemtype*=Article], [class*=entry], [class*=post]");
    private static final org.jsoup.select.Evaluator PAGE = Signals.css("body, html");
    private static final org.jsoup.select.Evaluator MARKED = Signals.css("[itemprop=headline], h2[class~=(?i)"
            + "(entry|post|article|story)[-_]?(title|headline)|^headline$], h3[class~=(?i)(entry|post|article|story)"
            + "[-_]?(title|headline)|^headline$]");
    private static final org.jsoup.select.Evaluator STORY_LISTS = Signals.css("li, [class*=related], [class*=recommend], "
            + "[class*=teaser], [class*=card]");
    /** Words of screen-reader and widget headings ("Menu", "Post navigation", "Search results"). */
    private static final Set<String> CHROME_WORDS = Set.of("menu", "search", "navigation", "nav", "open", "close",
            "toggle", "main", "post", "posts", "site", "skip", "to", "content", "results", "primary", "mobile");

    private Headlines() {
    }

    static List<Heading> h1s(Document doc) {
        List<Heading> out = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            if (h.closest(CHROME_TAGS) != null || hidden(h) || inChromeBlock(h)) continue;
            String t = TitleText.repair(ownHeadline(h));
            if (t.isEmpty() || chromeLabel(t)) continue;
            out.add(new Heading(h, t, inArticle(h)));
        }
        return out;
    }

    /**
     * Headings marked as the article's headline without being an h1: {@code itemprop=headline}, or an h2/h3 with
     * a headline class ("entry-title", "post-title"), outside lists of other stories. Themes that give the site
     * name the h1 put the headline there.
     */
    static List<Heading> marked(Document doc) {
        List<Heading> out = new ArrayList<>();
        for (Element h : doc.select(MARKED)) {
            if (h.normalName().equals("meta") || h.closest(CHROME_TAGS) != null || h.closest(STORY_LISTS) != null
                    || hidden(h) || inChromeBlock(h)) {
                continue;
            }
            String t = TitleText.repair(h.text());
            if (t.isEmpty() || chromeLabel(t)) continue;
            out.add(new Heading(h, t, inArticle(h)));
        }
        return out;
    }

    /**
     * The h1's text without a heading nested in it: page builders put the dek in the h1 as an h2–h6 after the
     * headline's paragraph ({@code <h1><p>Tax 101</p><h4>A guide to …</h4></h1>}), or as a span displayed as a
     * block ({@code <h1>The Best Notion Alternatives<span class="block">Top Note-taking Tools</span></h1>}).
     */
    static String ownHeadline(Element h) {
        Elements nested = h.select(SUBHEADINGS);
        if (nested.isEmpty()) return h.text();
        Element copy = h.clone();
        copy.select(SUBHEADINGS).remove();
        String own = copy.text();
        return own.isBlank() ? h.text() : own;
    }

    /** Headings nested in the h1, and a span set on a line of its own with Tailwind's {@code block} class. */
    private static final org.jsoup.select.Evaluator SUBHEADINGS = Signals.css(
            "h2, h3, h4, h5, h6, span[class~=(^|\\s)block(\\s|$)]");

    /** In the article or main area; body classes ("single-post") say nothing about one heading. */
    private static boolean inArticle(Element h) {
        Element a = h.closest(ARTICLE_AREA);
        return a != null && !a.is(PAGE);
    }

    private static boolean hidden(Element h) {
        for (Element p = h; p != null; p = p.parent()) {
            if (DomCleaner.isHidden(p)) return true;
        }
        return false;
    }

    private static boolean inChromeBlock(Element h) {
        for (Element p = h; p != null && !p.normalName().equals("body"); p = p.parent()) {
            // body classes say nothing about one heading ("wp-custom-logo" names the theme's feature)
            String cls = p.className().toLowerCase(Locale.ROOT);
            String id = p.id().toLowerCase(Locale.ROOT);
            if (cls.contains("logo") || id.contains("logo") || CHROME_CLASS.matcher(cls).find()
                    || CHROME_CLASS.matcher(id).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean chromeLabel(String text) {
        String n = TextNormalizer.forCompare(text);
        if (n.isEmpty()) return true;
        for (String w : n.split(" ")) {
            if (!CHROME_WORDS.contains(w)) return false;
        }
        return true;
    }
}
