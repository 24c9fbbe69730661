package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
     * A stem counts inside a word ("jcomments", "relatedposts"); "promo" only as a word ("node--promoted" is a flag),
     * menus at the start of one ("menu-item", "sub-menu").
     */
    private static final Pattern FOREIGN = Pattern.compile(
            "comment|related|recommend|sidebar|newsletter|share|sharing|authorbio|popular|trending|^promos?$|^menu");
    /** A navigation class ("nav-links", "navbar"); "offset-nav" only makes room for one. */
    private static final Pattern NAV_CLASS = Pattern.compile("(?i)(^|\\s)nav(bar|igation)?([-_\\s]|$)");
    private static final Set<String> AUTHOR_WORDS = Set.of("author", "authors", "coauthor", "coauthors", "authored");
    private static final List<String> BY_LINE = List.of("by", "line");
    private static final List<String> MORE_FROM = List.of("more", "from");
    private static final List<String> AUTHOR_BIO = List.of("author", "bio");
    private static final Set<String> NOT_NAME_PARTS = Set.of("avatar", "image", "img", "photo", "pic", "picture",
            "thumb", "thumbnail", "description", "desc", "title", "role", "job", "position", "category", "categories",
            "bio", "biography", "count", "follow", "email");
    /** What else a one-line byline block may hold beside the name: its date ("<span class=publish-date>"). */
    private static final Set<String> DATE_PARTS = Set.of("date", "time", "timestamp", "timeago", "datetime");
    private static final String NAME_CHILDREN = "[itemprop=name], [class*=name], a, h2, h3, h4, h5, h6, strong, b";
    /** Links to a section or tag page ("in <a href=/category/seo>SEO</a>") name a topic, not a person. */
    private static final Pattern TOPIC_LINK = Pattern.compile("(?i)/([^/]*categor[^/]*|tags?|topics?|sections?)/");
    /** A job title's last word after a name ("Games Editor", "Former Deputy Tech Editor"). */
    private static final Pattern ROLE_END = Pattern.compile(
            "(?i)\\s(" + BylineText.ROLE_NOUNS + "|producer)s?$");
    /** "By Category", "By Manufacturer": ways to browse a site, not people. */
    private static final Set<String> BROWSE = Set.of("category", "categories", "date", "topic", "topics", "type", "brand",
            "manufacturer", "region", "country", "location", "price", "popularity", "rating", "name", "industry",
            "product", "size", "color", "colour", "year", "month", "state", "city", "subject", "author", "issue");
    private static final Pattern LABEL = Pattern.compile("(?i)^(written|posted|published|reviewed|authored|article|story|words"
            + "|text|reported)?\\s*(by|author|authors|author\\(s\\)|writer|writers|contributors?|reporters?)\\s*:?$");
    /** Tags of a byline label ("Written by", "Author:"); sets of names, tested on every element of the page. */
    private static final java.util.Set<String> LABEL_ELEMENTS = java.util.Set.of("span", "p", "div", "dt", "th", "td",
            "strong", "b", "em", "small", "label", "h2", "h3", "h4", "h5", "h6");
    /** Tags of a byline line: the label tags and list items, addresses, definitions and links. */
    private static final java.util.Set<String> TEXT_ELEMENTS;

    static {
        java.util.Set<String> t = new java.util.HashSet<>(LABEL_ELEMENTS);
        t.addAll(List.of("li", "address", "dd", "a"));
        TEXT_ELEMENTS = java.util.Set.copyOf(t);
    }
    /** The first word of {@link #BY_START}: a cheap test on an element's first text before its whole text is read. */
    private static final Pattern BY_WORD = Pattern.compile(
            "(?iu)^(written|posted|words|story|text|reported|article|by|par|von|door|автор)(?![\\p{L}\\p{N}_])");

    /** Whether the element's first non-blank text opens with a byline word (or one of the words before "by"). */
    private static boolean opensWithByWord(Element e) {
        String[] head = {null};
        NodeTraversor.filter((n, depth) -> {
            if (!(n instanceof TextNode t)) return NodeFilter.FilterResult.CONTINUE;
            String text = t.getWholeText();
            text = TextNormalizer.collapse(text.length() > 40 ? text.substring(0, 40) : text);
            if (text.isEmpty()) return NodeFilter.FilterResult.CONTINUE;
            head[0] = text;
            return NodeFilter.FilterResult.STOP;
        }, e);
        return head[0] != null && BY_WORD.matcher(head[0]).find();
    }

    /** A line opening with a byline word: "By", "Written by", "by:", "Par", "Von", "Автор". */
    private static final Pattern BY_START = Pattern.compile(
            "(?iu)^(written |posted |words |story |text |reported |article )?(by|par|von|door|автор)(:|\\s)\\s*\\S");
    private Bylines() {
    }

    static Found find(Document doc) {
        Found f = markup(doc, MARKUP.subList(0, MARKUP.size() - 1));
        if (f == null) f = textual(doc);
        if (f == null) f = markup(doc, MARKUP.subList(MARKUP.size() - 1, MARKUP.size()));
        if (f == null) f = portrait(doc);
        return f;
    }

    /** Words of an image's alt text that describe the picture, not the person ("Photo of", "avatar"). */
    private static final Set<String> PICTURE_WORDS = Set.of("photo", "image", "picture", "pic", "avatar", "logo",
            "headshot", "portrait", "profile", "icon", "author", "team", "staff", "editor", "editorial", "admin");
    /** Lower-case name particles ("Ludwig van Beethoven", "Ana de Armas"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "du", "van", "von", "der", "den", "la",
            "le", "del", "bin", "al", "y");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*");

    /**
     * The weakest source, read when no byline text or author link names anyone: the portrait in an author box, its
     * alt text a person's name ({@code <div class="author-box"><img alt="Lauren Vetter">}). A box at the foot of the
     * page counts here, though its name-and-bio text does not: the portrait's alt text is the name alone.
     */
    private static Found portrait(Document doc) {
        for (Element img : doc.getElementsByTag("img")) {
            String alt = TextNormalizer.collapse(img.attr("alt"));
            if (alt.isEmpty() || !personName(alt)) continue;
            Element box = authorBox(img);
            if (box == null || img.parent() == null || foreign(img.parent(), true, false)) continue;
            return new Found(alt, "portrait alt text in " + describe(box), img);
        }
        return null;
    }

    /** The image itself or one of its five nearest ancestors when its class or id names an author or an avatar. */
    private static Element authorBox(Element img) {
        Element p = img;
        for (int i = 0; i < 6 && p != null && !p.normalName().equals("body"); i++, p = p.parent()) {
            for (String w : ClassWords.of(p)) {
                if (AUTHOR_WORDS.contains(w) || w.equals("avatar")) return p;
            }
        }
        return null;
    }

    /** Two to four capitalised words (particles aside), none describing a picture: "Lauren Vetter", "Ana de Armas". */
    static boolean personName(String s) {
        if (s.length() > 50) return false;
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 4) return false;
        int capitalised = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (PICTURE_WORDS.contains(lower.replaceAll("[^\\p{L}]", ""))) return false;
            if (PARTICLES.contains(lower)) continue;
            if (!NAME_WORD.matcher(w).matches()) return false;
            capitalised++;
        }
        return capitalised >= 2 && s.equals(BylineText.clean(s));
    }

    private static Found markup(Document doc, List<String> groups) {
        for (String group : groups) {
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
                // "<span>by</span><a>Clemson News</a>": the label leads the block, the name follows it
                Element lead = leadingLabel(e);
                if (lead != null) {
                    Found f = afterLabel(lead);
                    if (f != null) return new Found(f.name(), "markup " + describe(e) + " after " + f.source(), f.element());
                }
                if (onlyTopicLinks(e)) continue;
                Found card = hCardName(e);
                if (card != null) return card;
                String name = BylineText.clean(withoutParts(e));
                if (name != null && ROLE_END.matcher(TextNormalizer.collapse(e.text())).find()) {
                    // "Ben Silverman Games Editor": the profile link holds the name, the rest is a job title
                    Element link = e.selectFirst(MARKUP.get(MARKUP.size() - 1));
                    String linked = link == null ? null : BylineText.clean(link.text());
                    if (linked != null && BylineText.looksLikeNames(linked) && name.contains(linked)) {
                        return new Found(linked, "markup " + describe(e) + ", its profile link", link);
                    }
                }
                if (name != null) return new Found(name, "markup " + describe(e), e);
                if (longer.isEmpty()) longer.add(e);
            }
            // only when no block of the group is just the name: the first block's name-like child
            for (Element e : longer) {
                Found inner = nameInside(e);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    /**
     * A byline in the text: a label element ("Written by", "Author", an "Author(s)" heading) with the name beside or
     * under it, or a line that starts with "By" and goes on with names. The first one after the headline wins: the
     * byline sits under it, while a label or "by" line further down belongs to a book under review, a quote or
     * another story as often as not.
     */
    private static Found textual(Document doc) {
        Element headline = null;
        for (Element h : doc.select("h1")) {
            if (!foreign(h)) {
                headline = h;
                break;
            }
        }
        Found first = null;
        boolean afterHeadline = headline == null;
        for (Element e : doc.getAllElements()) {
            if (e == headline) afterHeadline = true;
            if (!TEXT_ELEMENTS.contains(e.normalName())) continue;
            Found f = labelled(e);
            if (f == null) f = byLine(e);
            if (f == null) continue;
            if (afterHeadline) return f;
            if (first == null) first = f;
        }
        return first;
    }

    private static Found labelled(Element e) {
        if (e.childrenSize() > 1 || !LABEL_ELEMENTS.contains(e.normalName()) || Signals.textLengthAtMost(e, 24) > 22) return null;
        String own = TextNormalizer.collapse(e.text());
        if (own.length() > 20 || !LABEL.matcher(own).matches() || foreign(e)) return null;
        return afterLabel(e);
    }

    /** "By Jane Doe", "by: Ziyi Xu, Dec 17, 2025", "Written by Cassidy Horton" as the whole text of a short block. */
    private static Found byLine(Element e) {
        // the collapsed text is never much shorter than the counted length: long blocks are skipped unread
        if (!opensWithByWord(e) || Signals.textLengthAtMost(e, 124) > 122) return null;
        String text = TextNormalizer.collapse(listText(e));
        if (text.length() > 120 || !BY_START.matcher(text).find() || foreign(e)) return null;
        // "<div><p>By Preetam Jinka</p><p>Co-founder</p></div>": the inner line is the byline, not the block
        for (Element c : e.children()) {
            if (BY_START.matcher(TextNormalizer.collapse(c.text())).find()) return null;
        }
        if (e.normalName().equals("a") && TOPIC_LINK.matcher(e.attr("href")).find()) return null;
        String name = BylineText.clean(text);
        if (name == null || !BylineText.looksLikeNames(name) || BROWSE.contains(name.toLowerCase(Locale.ROOT))) return null;
        return new Found(name, "text line \"" + text + "\"", e);
    }

    /**
     * The formatted name of an hCard inside a byline block ({@code <p class="author vcard"><b class=fn>Andrea
     * Stone</b> <span class=blogtitle>Senior Washington Correspondent</span>}): the microformat marks the name, the
     * rest of the card is a title, an organisation or a link.
     */
    private static Found hCardName(Element block) {
        Element fn = block.selectFirst(".fn");
        if (fn == null || fn == block) return null;
        String name = BylineText.clean(fn.text());
        return name == null ? null : new Found(name, "markup " + describe(block) + " > .fn (hCard)", fn);
    }

    /**
     * A byline block's text without the parts that are not the name: "<span class=byline__name>By Ana Ruiz</span>
     * <span class=byline__title>BBC News</span>" reads "By Ana Ruiz", not "By Ana RuizBBC News" (jsoup runs the two
     * spans together). Only for a block of a line or so: an author card with a bio is read by {@link #nameInside}.
     * A part that is also marked as the name ("title card-author-name") stays; a block that is nothing but parts
     * keeps its text.
     */
    private static String withoutParts(Element e) {
        String text = e.text();
        if (text.length() > 120) return text;
        boolean parts = false;
        for (Element d : e.getAllElements()) {
            if (d != e && notTheName(d) && !d.text().isBlank()) {
                parts = true;
                break;
            }
        }
        if (!parts) return text;
        Element copy = e.clone();
        for (Element d : copy.getAllElements()) {
            if (d != copy && d.parent() != null && notTheName(d)) d.remove();
        }
        String rest = copy.text();
        return rest.isBlank() ? text : rest;
    }

    private static boolean notTheName(Element d) {
        return (namePart(d) || ClassWords.hasAny(d, DATE_PARTS) || d.normalName().equals("time")) && !d.attr("itemprop").equals("name") && !ClassWords.of(d).contains("name");
    }

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

    private static Found afterLabel(Element label) {
        String source = "label \"" + TextNormalizer.collapse(label.text()) + "\"";
        // "<strong>Author:</strong> H. G. Parry <br>": the name runs on in the same line
        String run = BylineText.clean(inlineAfter(label));
        if (run != null) return new Found(run, source, label.parent() == null ? label : label.parent());
        Element next = label.nextElementSibling();
        while (next != null && next.normalName().equals("br")) next = next.nextElementSibling();
        // the block under the label holds the name alone; a long one is the next section, its dates cut off
        if (next != null && Signals.textLengthAtMost(next, 152) <= 150) {
            String name = BylineText.clean(listText(next));
            if (name != null) return new Found(name, source, next);
        }
        Element parent = label.parent();
        if (parent != null && parent.text().length() < 150) {
            String name = BylineText.clean(parent.text());
            if (name != null) return new Found(name, source, parent);
        }
        return null;
    }

    /**
     * A "byline" block whose only linked text is a topic ("Personal finance" linking to /tag/personal-finance)
     * and whose other text names no one (a date, or nothing): the post's category, not its author.
     */
    private static boolean onlyTopicLinks(Element block) {
        boolean topic = false;
        for (Element a : block.getElementsByTag("a")) {
            if (a.text().isBlank()) continue;
            if (!TOPIC_LINK.matcher(a.attr("href")).find()) return false;
            topic = true;
        }
        if (!topic) return false;
        StringBuilder rest = new StringBuilder();
        for (TextNode t : block.textNodes()) rest.append(t.getWholeText());
        for (Element c : block.getAllElements()) {
            if (c == block || c.closest("a") != null) continue;
            for (TextNode t : c.textNodes()) rest.append(' ').append(t.getWholeText());
        }
        return BylineText.clean(rest.toString()) == null;
    }

    /** The block's first child with text when that text is a byline label alone ("by", "Author:"), else null. */
    private static Element leadingLabel(Element block) {
        for (Element c : block.children()) {
            if (c.text().isBlank()) continue;
            return Signals.textLengthAtMost(c, 24) <= 22 && LABEL.matcher(TextNormalizer.collapse(c.text())).matches()
                    ? c : null;
        }
        return null;
    }

    /** The inline text after an element up to the next line break or block. */
    private static String inlineAfter(Element label) {
        StringBuilder sb = new StringBuilder();
        for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element el) {
                if (el.normalName().equals("br") || el.isBlock() || el.normalName().equals(label.normalName())) break;
                sb.append(' ').append(el.text()).append(' ');
            }
        }
        return sb.toString();
    }

    /**
     * The text of a block with list items read as a name list: "Written by: <ul><li>Emily Walker</li><li>Casey
     * McDevitt</li></ul>" gives "Written by: Emily Walker, Casey McDevitt" (jsoup's text would run the names together).
     */
    static String listText(Element e) {
        if (e.selectFirst("li") == null) return e.text();
        StringBuilder sb = new StringBuilder();
        appendListText(e, sb);
        return TextNormalizer.collapse(sb.toString());
    }

    private static void appendListText(Node node, StringBuilder sb) {
        for (Node n : node.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element el) {
                if (el.normalName().equals("li") && el.elementSiblingIndex() > 0) sb.append(", ");
                else if (el.isBlock() || el.normalName().equals("br")) sb.append(' ');
                appendListText(el, sb);
            }
        }
    }

    private static boolean foreign(Element e, boolean asideIsForeign) {
        return foreign(e, asideIsForeign, true);
    }

    private static boolean foreign(Element e, boolean asideIsForeign, boolean bioIsForeign) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String n = p.normalName();
            // an article's own footer often carries its byline; the page footer does not
            if (n.equals("footer") && e.closest("article, main") == null || asideIsForeign && n.equals("aside") && !holdsArticle(p) || n.equals("nav") || n.equals("img") || n.equals("script")
                    || n.equals("pre") || n.equals("code")) {
                return true;
            }
            List<String> words = ClassWords.of(p);
            if (words.stream().anyMatch(w -> FOREIGN.matcher(w).find() && (bioIsForeign || !w.contains("authorbio")))
                    && !wrapsPage(p)
                    || Collections.indexOfSubList(words, MORE_FROM) >= 0
                    || bioIsForeign && Collections.indexOfSubList(words, AUTHOR_BIO) >= 0
                    || NAV_CLASS.matcher(p.className()).find()) return true;
            if (DomCleaner.isHidden(p)) return true;
        }
        return false;
    }

    /**
     * A layout wrapper around the page's main column and its side column ("content-sidebar-wrap"): it holds the
     * main element or the headline, which no side block, comment thread or list of related stories does.
     */
    private static boolean wrapsPage(Element p) {
        return p.selectFirst("main, h1") != null;
    }

    /**
     * An "aside" wrapping the article itself (seen around a whole page) is not a side block, nor is one inside the
     * article: there it holds the article's own facts (HTML's "aside" in "article" is related to that article).
     */
    private static boolean holdsArticle(Element aside) {
        return aside.selectFirst("article, main, h1") != null || aside.parents().stream().anyMatch(a -> a.normalName().equals("article"));
    }

    private static String describe(Element e) {
        String cls = e.className().isEmpty() ? "" : "." + e.className().split("\\s+")[0];
        return e.normalName() + cls;
    }
}
