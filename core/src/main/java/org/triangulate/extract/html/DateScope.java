package org.triangulate.extract.html;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Whether a printed date belongs to the page's own article or to something else on the page: a list of other
 * stories, comments, a sidebar widget, a teaser card of another article, a "today is ..." clock in the header.
 */
final class DateScope {
    /** Blocks of other content by tag or class word. */
    static final Evaluator FOREIGN = Signals.css("aside, footer, nav, li, [class*=related], [class*=comment], "
            + "[class*=sidebar], [class*=widget], [class*=recommend], [class*=popular], [class*=more-]");
    /** Class words match by substring, so a page-wide wrapper could match: only blocks under this size count. */
    private static final int FOREIGN_MAX_CHARS = 3000;
    /** A footer or aside this small inside an {@code article} is the article's own meta line (author, date). */
    private static final int OWN_META_CHARS = 300;
    /** Widgets printing the current date (the day the page was fetched, not written). */
    private static final Pattern TODAY = Pattern.compile("(?i)today|current-?date|date-?now|clock|weather");
    /** A teaser card (image, headline link, date) is small; the article's own header holds the page's h1. */
    private static final int CARD_CHARS = 400;
    private static final Evaluator LINKS = Signals.css("a[href]");
    private static final Evaluator H1 = Signals.css("h1");
    private static final Evaluator ARTICLE = Signals.css("article");
    private static final Evaluator CANONICAL = Signals.css("link[rel=canonical][href]");
    /** Links to author pages and profiles are bylines, not stories. */
    private static final Pattern AUTHOR_HREF = Pattern.compile(
            "(?i)/(author|authors|writers|people|profile|user)s?/|linkedin\\.com|twitter\\.com|//x\\.com|facebook\\.com"
                    + "|instagram\\.com|mailto:");

    private DateScope() {
    }

    /** Inside a block of other content (by {@code foreign}), a date widget or a teaser of another page? */
    static boolean foreign(Element e, Evaluator foreign) {
        return inBlock(e, foreign) || todayWidget(e) || teaser(e) == Teaser.OTHER;
    }

    /** Inside a block matched by {@code foreign} that is not the article's own small footer or aside. */
    static boolean inBlock(Element e, Evaluator foreign) {
        for (Element p = e; p != null; p = p.parent()) {
            if (!p.is(foreign) || Signals.textLengthAtMost(p, FOREIGN_MAX_CHARS) >= FOREIGN_MAX_CHARS) continue;
            boolean ownMeta = (p.normalName().equals("footer") || p.normalName().equals("aside"))
                    && p.closest(ARTICLE) != null && Signals.textLengthAtMost(p, OWN_META_CHARS + 1) <= OWN_META_CHARS;
            if (!ownMeta) return true;
        }
        return false;
    }

    static boolean todayWidget(Element e) {
        Element p = e;
        for (int i = 0; i < 3 && p != null; i++, p = p.parent()) {
            if (TODAY.matcher(p.id()).find() || TODAY.matcher(p.className()).find()) return true;
        }
        return false;
    }

    /** What a small card around a date links to. */
    enum Teaser { NONE, SELF, OTHER }

    /**
     * A date in a small card that links to one story by its headline is that story's date: {@code OTHER} when
     * the link goes elsewhere, {@code SELF} when it is the page itself (a "recent posts" list naming this page).
     * A block linking to several stories is a list around the date, not its card: the date is not in a card.
     */
    static Teaser teaser(Element e) {
        Element box = e;
        for (int i = 0; i < 4 && box.parent() != null; i++) {
            Element p = box.parent();
            if (Signals.textLengthAtMost(p, CARD_CHARS + 1) > CARD_CHARS || !p.select(H1).isEmpty()) break;
            box = p;
            String target = null;
            for (Element link : box.select(LINKS)) {
                if (!storyLink(link)) continue;
                String href = link.absUrl("href");
                if (href.isEmpty()) href = link.attr("href");
                if (target != null && !target.equals(href)) return Teaser.NONE;
                target = href;
            }
            if (target != null) return samePage(target, e.ownerDocument()) ? Teaser.SELF : Teaser.OTHER;
        }
        return Teaser.NONE;
    }

    /**
     * A link to a story: a headline link (a link in or around an h2-h6), not an author page. Long plain links
     * are too often "next page", archive or byline links to count.
     */
    private static boolean storyLink(Element link) {
        String href = link.attr("href");
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || link.attr("rel").contains("author")
                || AUTHOR_HREF.matcher(href).find()) {
            return false;
        }
        return link.closest(Signals.HEADING_TAGS) != null || !link.select(Signals.HEADING_TAGS).isEmpty();
    }

    private static boolean samePage(String href, Document doc) {
        if (doc == null || href.isEmpty()) return false;
        String target = key(href);
        if (target == null) return false;
        if (target.equals(key(doc.location()))) return true;
        Element canonical = doc.selectFirst(CANONICAL);
        return canonical != null && target.equals(key(canonical.absUrl("href")));
    }

    /** Host without "www." and path without trailing slash, lower case; null when not a URL. */
    private static String key(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI u = URI.create(url.trim().replace(" ", "%20"));
            if (u.getHost() == null) return null;
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) host = host.substring(4);
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            return host + path.toLowerCase(Locale.ROOT);
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
