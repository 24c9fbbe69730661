package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The visible byline of a page, for pages whose metadata names no author: author markup (microdata,
 * {@code rel=author}, links to author pages, byline/author class names), then a label ("Written by", "Author")
 * followed by the name. Each candidate is cleaned ("By", trailing dates and roles go) and must look like a name
 * list; the first plausible one wins. Author boxes at the foot of a page, comments and related-story lists are
 * skipped: their names belong to someone else or repeat the byline less reliably.
 */
final class Bylines {
    /** A found byline and the markup that gave it (for provenance). */
    record Found(String name, String source, Element element) {
    }

    /** Author markup, strongest first: the first group with a plausible name wins, in document order within it. */
    private static final List<String> MARKUP = List.of("[itemprop=author] [itemprop=name], [itemprop=author]",
            "[rel=author], [class*=byline], [class*=by-line]", "[class*=author], [id*=author]",
            "a[href*=/author/], a[href*=/authors/], a[href*=/writers/], a[href*=/people/]");
    /**
     * Class/id word stems of blocks whose names belong to someone else: comments, related stories, sidebars, promos.
     * A stem counts inside a word ("jcomments", "relatedposts"); "promo" only as a word ("node--promoted" is a flag).
     */
    private static final Pattern FOREIGN = Pattern.compile(
            "comment|related|recommend|sidebar|newsletter|share|sharing|authorbio|popular|trending|^promos?$");
    private static final Set<String> AUTHOR_WORDS = Set.of("author", "authors", "coauthor", "coauthors", "authored");
    private static final List<String> BY_LINE = List.of("by", "line");
    private static final List<String> MORE_FROM = List.of("more", "from");
    private static final List<String> AUTHOR_BIO = List.of("author", "bio");
    private static final Set<String> NOT_NAME_PARTS = Set.of("avatar", "image", "img", "photo", "pic", "picture",
            "thumb", "thumbnail", "description", "desc", "title", "role", "job", "position", "category", "categories",
            "bio", "biography", "count", "follow", "email");
    private static final String NAME_CHILDREN = "[itemprop=name], [class*=name], a, h2, h3, h4, h5, h6, strong, b";
    /** Links to a section or tag page ("in <a href=/category/seo>SEO</a>") name a topic, not a person. */
    private static final Pattern TOPIC_LINK = Pattern.compile("(?i)/(category|categories|tag|tags|topic|topics|section)/");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(written|posted|published|reviewed|authored|article|story|words|text)?\\s*(by|author|authors|writer)\\s*:?$");
    private Bylines() {
    }

    static Found find(Document doc) {
        for (String group : MARKUP) {
            List<Element> longer = new ArrayList<>(1);
            for (Element e : doc.select(group)) {
                // microdata names the article's author even when the layout puts it in an aside
                if (!marked(e, group) || foreign(e, group != MARKUP.get(0))) continue;
                // "<span class=author-label>By</span>" etc.: the label itself, the name is next to it
                if (LABEL.matcher(TextNormalizer.collapse(e.text())).matches()) {
                    Found f = afterLabel(e);
                    if (f != null) return f;
                    continue;
                }
                if (namePart(e)) continue;
                String name = BylineText.clean(e.text());
                if (name != null) return new Found(name, "markup " + describe(e), e);
                if (longer.isEmpty()) longer.add(e);
            }
            // only when no block of the group is just the name: the first block's name-like child
            for (Element e : longer) {
                Found inner = nameInside(e);
                if (inner != null) return inner;
            }
        }
        for (Element e : doc.select("span, p, div, dt, strong, b, em, small, label")) {
            if (e.childrenSize() > 1) continue;
            String own = TextNormalizer.collapse(e.text());
            if (own.length() > 20 || !LABEL.matcher(own).matches() || foreign(e)) continue;
            Found f = afterLabel(e);
            if (f != null) return f;
        }
        return null;
    }

    /**
     * Whether a class/id match names an author or byline as a word ("post-author", "bylineText"), not inside another
     * word ("Authority_control"); other selectors match exactly already.
     */
    private static boolean marked(Element e, String group) {
        if (!group.contains("class*=")) return true;
        List<String> words = ClassWords.of(e);
        if (group.contains("byline")) {
            if (words.contains("byline") || words.contains("bylines") || Collections.indexOfSubList(words, BY_LINE) >= 0) return true;
            return group.contains("rel=author") && e.hasAttr("rel");
        }
        return words.stream().anyMatch(AUTHOR_WORDS::contains);
    }

    /** The photo, role, description or category of an author block rather than its name ("author-avatar", "author-title"). */
    private static boolean namePart(Element e) {
        return ClassWords.hasAny(e, NOT_NAME_PARTS);
    }

    /**
     * The name inside an author block whose whole text is more than a name ("By Daniel Burstein, Senior Director,
     * Content &amp; Marketing, …", a card with a bio): its first name-like child, link or heading.
     */
    private static Found nameInside(Element block) {
        if (block.text().length() > 400) return null;
        for (Element d : block.select(NAME_CHILDREN)) {
            if (d == block || namePart(d) || d.normalName().equals("a") && TOPIC_LINK.matcher(d.attr("href")).find()) continue;
            String name = BylineText.clean(d.text());
            if (name != null) return new Found(name, "markup " + describe(block) + " > " + describe(d), d);
        }
        return null;
    }

    private static boolean foreign(Element e) {
        return foreign(e, true);
    }

    private static Found afterLabel(Element label) {
        Element next = label.nextElementSibling();
        if (next != null) {
            String name = BylineText.clean(next.text());
            if (name != null) return new Found(name, "label \"" + TextNormalizer.collapse(label.text()) + "\"", next);
        }
        Element parent = label.parent();
        if (parent != null && parent.text().length() < 150) {
            String name = BylineText.clean(parent.text());
            if (name != null) return new Found(name, "label \"" + TextNormalizer.collapse(label.text()) + "\"", parent);
        }
        return null;
    }

    private static boolean foreign(Element e, boolean asideIsForeign) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String n = p.normalName();
            // an article's own footer often carries its byline; the page footer does not
            if (n.equals("footer") && e.closest("article, main") == null || asideIsForeign && n.equals("aside") && !holdsArticle(p) || n.equals("nav") || n.equals("img") || n.equals("script")) {
                return true;
            }
            List<String> words = ClassWords.of(p);
            if (words.stream().anyMatch(w -> FOREIGN.matcher(w).find()) || Collections.indexOfSubList(words, MORE_FROM) >= 0
                    || Collections.indexOfSubList(words, AUTHOR_BIO) >= 0) return true;
            if (DomCleaner.isHidden(p)) return true;
        }
        return false;
    }

    /** An "aside" wrapping the article itself (seen around a whole page) is not a side block. */
    private static boolean holdsArticle(Element aside) {
        return aside.selectFirst("article, main, h1") != null;
    }

    private static String describe(Element e) {
        String cls = e.className().isEmpty() ? "" : "." + e.className().split("\\s+")[0];
        return e.normalName() + cls;
    }
}
