package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Stage 1, clean: drops what is never article text (scripts, forms, hidden elements, navigation) and, when
 * {@code stripUnlikely} is on, containers whose class/id/role mark them as boilerplate. Then normalises blocks for
 * scoring: a {@code div} without block children becomes a {@code p}, loose text beside blocks is wrapped in
 * {@code p}, as Readability does.
 */
final class DomCleaner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "link", "meta", "button", "input", "select", "textarea", "option",
            "dialog", "nav", "audio", "video", "source", "picture", "map", "head", "label");

    /** Prose this long is an article part, not a widget (wcxb-dev: newsletter/promo-named article bodies). */
    private static final int LONG_PROSE_CHARS = 2000;

    /** Inline elements that carry text, never a page's furniture by themselves. */
    private static final Set<String> INLINE_TEXT = Set.of("span", "em", "strong", "b", "i", "small", "mark", "sup",
            "sub", "abbr", "cite", "q", "code");

    private static final org.jsoup.select.Evaluator DECLARED_ARTICLE =
            Signals.css("article, main, [itemprop=articleBody], [role=main]");

    private static final java.util.regex.Pattern BUTTON_CLASS = java.util.regex.Pattern.compile(
            "(?i)(^|[\\s_-])(btn|button|cta)($|[\\s_-])");
    private static final int BUTTON_MAX_CHARS = 40;

    private DomCleaner() {
    }

    static void clean(Document doc, boolean stripUnlikely) {
        clean(doc, stripUnlikely, true);
    }

    static void clean(Document doc, boolean stripUnlikely, boolean dropHidden) {
        List<Node> drop = new ArrayList<>();
        List<Element> initials = new ArrayList<>();
        List<Element> shadowRoots = new ArrayList<>();
        Set<String> toggled = dropHidden ? toggledIds(doc) : Set.of();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    drop.add(node);
                } else if (node instanceof Element e) {
                    if (isShadowRoot(e)) {
                        shadowRoots.add(e);
                    } else if (NEVER_TEXT.contains(e.normalName()) && !isQuestionButton(e, dropHidden, toggled)
                            || dropsAsHidden(e, dropHidden, toggled) || isButtonLink(e) || isSocialEmbed(e)) {
                        drop.add(e);
                    } else if (isBlockInitial(e)) {
                        initials.add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc);
        drop.forEach(Node::remove);
        // a declarative shadow root is rendered where it stands (its slots show the host's own children after it)
        shadowRoots.forEach(t -> {
            if (t.parent() != null) t.unwrap();
        });
        initials.forEach(DomCleaner::joinInitial);
        if (stripUnlikely) {
            stripUnlikely(doc);
        }
        normaliseBlocks(doc);
    }

    /**
     * The classes the networks' embed scripts look for: the post as the page ships it before the script draws the
     * card ("Notice the long tail… — Yann LeCun (@ylecun) October 16, 2024"). Someone else's post, quoted in a card
     * of its own: the human-made gold of wcxb-dev leaves all three it has out (readability/'s gold, Readability.js's
     * output, keeps them).
     */
    private static final Set<String> SOCIAL_EMBEDS = Set.of("twitter-tweet", "twitter-video", "instagram-media",
            "tiktok-embed", "bluesky-embed", "text-post-media", "reddit-embed-bq", "reddit-card");

    static boolean isSocialEmbed(Element e) {
        String cls = e.className();
        if (cls.isEmpty() || !e.normalName().equals("blockquote") && !e.normalName().equals("div")) return false;
        // most classes name none of them: skip the split (this runs for every div)
        String lower = Literals.lower(cls);
        if (!lower.contains("tweet") && !lower.contains("twitter") && !lower.contains("-media") && !lower.contains("-embed")
                && !lower.contains("reddit")) {
            return false;
        }
        for (String c : WHITESPACE.split(cls.trim())) {
            if (SOCIAL_EMBEDS.contains(Literals.lower(c))) return true;
        }
        return false;
    }

    /**
     * A declarative shadow root ({@code <template shadowrootmode="open">}, or the older {@code shadowroot}): unlike
     * other templates, the browser renders it in place, and web components ship their server-rendered text in it.
     */
    private static boolean isShadowRoot(Element e) {
        return e.normalName().equals("template") && (e.hasAttr("shadowrootmode") || e.hasAttr("shadowroot"));
    }

    /**
     * An FAQ accordion's question, drawn as a button that opens its answer ("What role does AI play in blockchain
     * development?"): the question is text when its answer is. Other buttons (menus, "Show more") are controls.
     */
    private static boolean isQuestionButton(Element e, boolean dropHidden, Set<String> toggled) {
        if (!e.normalName().equals("button")) return false;
        int len = Signals.textLengthAtMost(e, QUESTION_MAX_CHARS + 1);
        if (len < QUESTION_MIN_CHARS || len > QUESTION_MAX_CHARS) return false;
        if (!e.text().strip().endsWith("?")) return false;
        // the answer follows, in the button's own block or the next one, and stays: a list of questions whose
        // answers are hidden for good is no text to read
        Element answer = e.nextElementSibling();
        if (answer == null && e.parent() != null) answer = e.parent().nextElementSibling();
        if (answer == null || dropsAsHidden(answer, dropHidden, toggled)) return false;
        if (answer.normalName().equals("button") || answer.selectFirst("button") != null) return false; // the next question
        return Signals.textLengthAtMost(answer, QUESTION_MIN_CHARS) >= QUESTION_MIN_CHARS;
    }

    /** Hidden and dropped for it (when hidden text is dropped), unless it is a collapsed panel that a control opens. */
    private static boolean dropsAsHidden(Element e, boolean dropHidden, Set<String> toggled) {
        return dropHidden && isHidden(e) && !isCollapsedPanel(e, toggled);
    }

    private static final int QUESTION_MIN_CHARS = 15;
    private static final int QUESTION_MAX_CHARS = 200;

    /** A drop cap set as a block of its own: {@code <div class="first-letter">D</div><div><p>uring the…}. */
    private static boolean isBlockInitial(Element e) {
        String tag = e.normalName();
        if (!tag.equals("div") && !tag.equals("p")) return false;
        if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode t)) return false;
        String s = t.getWholeText().strip();
        return s.length() == 1 && Character.isUpperCase(s.charAt(0));
    }

    /**
     * Puts a block drop cap back in front of its word when the next block starts in lower case; the two would
     * otherwise be rendered as a paragraph "D" and a paragraph "uring the…".
     */
    private static void joinInitial(Element initial) {
        if (initial.parent() == null) return;
        Element next = initial.nextElementSibling();
        if (next == null) return;
        TextNode first = firstText(next);
        if (first == null) return;
        String text = first.getWholeText();
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i == text.length() || !Character.isLowerCase(text.charAt(i))) return;
        first.text(initial.text().strip() + text.substring(i));
        initial.remove();
    }

    /** The first text node with a non-blank character under {@code e}, in document order. */
    private static TextNode firstText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) return t;
            } else if (n instanceof Element c) {
                TextNode t = firstText(c);
                if (t != null) return t;
            }
        }
        return null;
    }

    /**
     * A link drawn as a button ("Book a demo", "Get started", "Shop now"): a call to action, not text. Only short
     * ones: a link styled as a button around a sentence is rare but would be text.
     */
    static boolean isButtonLink(Element e) {
        if (!e.normalName().equals("a")) return false;
        boolean button = e.attr("role").equalsIgnoreCase("button") || BUTTON_CLASS.matcher(e.className()).find();
        return button && Signals.textLengthAtMost(e, BUTTON_MAX_CHARS + 1) <= BUTTON_MAX_CHARS;
    }

    /** Ids that a control opens or closes ({@code aria-controls}): accordion and disclosure panels. */
    private static Set<String> toggledIds(Document doc) {
        Set<String> ids = new java.util.HashSet<>();
        for (Element c : doc.select("[aria-controls]")) {
            if (c.closest("nav, header, footer") != null) continue;
            for (String id : c.attr("aria-controls").trim().split("\\s+")) {
                if (!id.isEmpty()) ids.add(id);
            }
        }
        return ids;
    }

    /**
     * A collapsed panel of an accordion or disclosure (steps of a guide, FAQ answers): hidden until the reader opens
     * it, so part of the page's text, unlike content hidden for good. Its id is named by a control's
     * {@code aria-controls}, or it is an ARIA region/tab panel labelled by its heading.
     */
    private static boolean isCollapsedPanel(Element e, Set<String> toggled) {
        if (!e.id().isEmpty() && toggled.contains(e.id())) return true;
        String role = e.attr("role");
        return (role.equalsIgnoreCase("region") || role.equalsIgnoreCase("tabpanel")) && e.hasAttr("aria-labelledby");
    }

    static boolean isHidden(Element e) {
        // React streaming SSR parks rendered content in <div hidden id="S:0"> and moves it in with a script;
        // StreamedSegments has moved those with a placeholder, and the rest still hold text the page shows
        if (e.id().startsWith("S:") && e.normalName().equals("div")) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
            return true;
        }
        if (hasHiddenClass(e) || isTooltip(e) || isPopover(e)) return true;
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * A class that site builders and CSS frameworks define as {@code display: none}: Webflow's conditional
     * visibility ({@code w-condition-invisible}, the other branch of a gated or empty-field switch, often a second
     * copy of the article) and its form's answers ({@code w-form-done} "Thank you! Your submission has been
     * received!", {@code w-form-fail} "Oops! Something went wrong"), shown only after a submission, and a bare utility {@code hidden} / {@code d-none} / {@code is-hidden} not undone by a
     * responsive display class ({@code md:block}, {@code d-lg-flex}), which shows the element on wider screens.
     */
    static boolean hasHiddenClass(Element e) {
        String cls = e.className();
        // most classes name none of these: skip the split (this runs for every element, more than once)
        if (cls.isEmpty() || !cls.contains("hidden") && !cls.contains("d-none") && !cls.contains("w-condition")
                && !cls.contains("w-form-")) {
            return false;
        }
        boolean hidden = false;
        for (String c : WHITESPACE.split(cls.trim())) {
            switch (c) {
                case "w-condition-invisible", "w-form-done", "w-form-fail" -> { return true; }
                case "hidden", "d-none", "is-hidden" -> hidden = true;
                default -> {
                    if (RESPONSIVE_DISPLAY.matcher(c).matches()) return false;
                }
            }
        }
        return hidden;
    }

    /** The elements a tooltip is shown over, not the bubble: the word, the link, the button. */
    private static final Set<String> TOOLTIP_TRIGGERS = Set.of("a", "abbr", "dfn", "button", "label",
            "input", "img", "svg", "body", "main", "article");
    /**
     * A tooltip's bubble is a sentence or a short bio; a container this long named so holds the page's text, and a
     * label this short ("Gives back" beside an icon, a recipe's "1 loaf" that has an adjusting tooltip) is shown.
     */
    private static final int TOOLTIP_MAX_CHARS = 800;
    private static final int TOOLTIP_MIN_CHARS = 25;

    /**
     * A tooltip's bubble (role=tooltip, or a class naming a tooltip: "tooltip", "Term_tooltip__8VNIW",
     * "ToolTipWrapper", "tooltiptext"): hidden until the reader hovers over the word beside it. The word itself
     * (a link, an abbreviation, a term) stays, and so does a block "with tooltips" or one that "has" a tooltip.
     */
    static boolean isTooltip(Element e) {
        if (e.attr("role").equalsIgnoreCase("tooltip")) return !TOOLTIP_TRIGGERS.contains(e.normalName());
        String cls = e.className();
        String lower = Literals.lower(cls);
        if (!lower.contains("tooltip") && !lower.contains("tool-tip") && !e.normalName().contains("tooltip")) return false;
        if (TOOLTIP_TRIGGERS.contains(e.normalName())) return false;
        if (!e.normalName().endsWith("tooltip") && !namesOverlay(ClassWords.of(e), TOOLTIP_WORDS)) return false;
        int len = Signals.textLengthAtMost(e, TOOLTIP_MAX_CHARS + 1);
        return len >= TOOLTIP_MIN_CHARS && len <= TOOLTIP_MAX_CHARS;
    }

    /**
     * A modal dialog, popover or overlay (class words "modal", "popover", "overlay": a sign-in box, a quote form, an
     * image viewer, a player's "Embed" box with its iframe code): shown only when the reader opens it. One that holds the page's main element, an article or the headline is the page.
     */
    static boolean isPopover(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) return false;
        String lower = Literals.lower(cls);
        if (!containsAny(lower, POPOVER_WORDS)) return false; // most classes name none of them
        if (e.normalName().equals("body") || e.selectFirst("main, article, h1") != null) return false;
        return namesOverlay(ClassWords.of(e), POPOVER_WORDS)
                && Signals.textLengthAtMost(e, POPOVER_MAX_CHARS + 1) <= POPOVER_MAX_CHARS;
    }

    /** Whether {@code lower} holds one of {@code words} anywhere: the cheap test before the class is split into words. */
    private static boolean containsAny(String lower, Set<String> words) {
        for (String w : words) {
            if (lower.contains(w)) return true;
        }
        return false;
    }

    /**
     * Class words of a tooltip's bubble ("tool" "tip" too: "ToolTipWrapper") and of a dialog, popover or overlay
     * ("overlay" on wcxb-dev: five pages up, none down).
     */
    private static final Set<String> TOOLTIP_WORDS = Set.of("tooltip", "tooltiptext");
    private static final Set<String> POPOVER_WORDS = Set.of("modal", "popover", "overlay");
    private static final Set<String> OVERLAY_NOT_BEFORE = Set.of("has", "with", "no", "without");
    private static final Set<String> OVERLAY_NOT_AFTER = Set.of("trigger", "toggle", "link",
            "button", "btn", "open", "opener", "launcher", "cta", "icon");
    /** A dialog holds a form, a notice or a picture; one with more text than this shows the page's content. */
    private static final int POPOVER_MAX_CHARS = 3000;

    /**
     * Whether the class words name the overlay itself (one of {@code names}, or "tool" "tip" for a tooltip): not a
     * block that "has" one, is shown "with" one or has "no" such thing, nor what opens it ("modal-trigger",
     * "tooltip-toggle").
     */
    private static boolean namesOverlay(List<String> words, Set<String> names) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int end = i + 1;
            if (names == TOOLTIP_WORDS && w.equals("tool") && end < words.size() && words.get(end).equals("tip")) {
                end++;
            } else if (!names.contains(w)) {
                continue;
            }
            String before = i == 0 ? "" : words.get(i - 1);
            String after = end < words.size() ? words.get(end) : "";
            if (!OVERLAY_NOT_BEFORE.contains(before) && !OVERLAY_NOT_AFTER.contains(after)) return true;
        }
        return false;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Tailwind {@code md:block}, Bootstrap {@code d-lg-flex}: a display class that shows the element at some width. */
    private static final Pattern RESPONSIVE_DISPLAY = Pattern.compile(
            "(?:[a-z0-9]+:)+(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)"
                    + "|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table)"
                    + "|is-(?:block|flex|inline|inline-block)-(?:mobile|tablet|desktop|widescreen|fullhd|touch)");

    /**
     * Bit 1: Readability's unlikely list matches (and no "maybe" word); bit 2: the weaker extra list does; bit 4:
     * a layout word of Readability's list does.
     */
    private static final ClassNameMemo UNLIKELY_FLAGS = new ClassNameMemo(DomCleaner::unlikelyFlags);

    // the three word lists as substring searches: most class strings are new to the memo (ids differ per element)
    private static final Literals MAYBE = Literals.of(Signals.MAYBE);
    private static final Literals UNLIKELY = Literals.of(Signals.UNLIKELY);
    private static final Literals UNLIKELY_EXTRA = Literals.of(Signals.UNLIKELY_EXTRA);
    private static final Literals UNLIKELY_LAYOUT = Literals.of(Signals.UNLIKELY_LAYOUT);

    private static int unlikelyFlags(String sig) {
        String lowered = Literals.lower(sig);
        if (MAYBE.in(lowered)) return 0;
        return (UNLIKELY.in(lowered) ? 1 : 0) | (UNLIKELY_EXTRA.in(lowered) ? 2 : 0)
                | (UNLIKELY_LAYOUT.in(lowered) ? 4 : 0);
    }

    private static void stripUnlikely(Document doc) {
        List<Element> drop = new ArrayList<>();
        for (Element e : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            if (tag.equals("footer") || tag.equals("aside") && !isProseNote(e)) {
                drop.add(e);
                continue;
            }
            String role = e.attr("role");
            boolean unlikelyRole = !role.isEmpty() && Signals.UNLIKELY_ROLES.matcher(role).matches();
            String sig = Signals.classAndId(e);
            int flags = sig.length() <= 1 ? 0 : UNLIKELY_FLAGS.get(sig);
            if (isSticky(e.className())) flags |= 2;
            boolean core = (flags & 1) != 0;
            boolean weak = (flags & 6) != 0; // the extra list or a layout word
            if (!(unlikelyRole || core || weak) || insideTableOrCode(e) || holdsArticle(e)) {
                continue;
            }
            if (!unlikelyRole && !core && (isLongProse(e) || flags == 4 && holdsParagraphs(e))) {
                continue;
            }
            if (!unlikelyRole && flags == 4 && (Signals.isHeading(e) || tag.equals("p") || INLINE_TEXT.contains(tag))) {
                // a heading, paragraph or run of text is no page header or menu ("leading-extra-tight" is a line
                // height, "contextmenu Quotation" a word processor's style)
                continue;
            }
            drop.add(e);
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * A container of long link-poor prose is kept whatever its class says ("newsletter-body" on a page about a
     * newsletter). Only for the weaker class words ({@link Signals#UNLIKELY_EXTRA}, {@link Signals#UNLIKELY_LAYOUT});
     * the rest of Readability's list (comments, footers, sidebars) always applies.
     */
    private static boolean isLongProse(Element e) {
        return Signals.textLength(e) > LONG_PROSE_CHARS && Signals.linkDensity(e) < 0.15;
    }

    /**
     * A utility class that pins the block while the page scrolls (Tailwind {@code sticky}, {@code lg:sticky}): side
     * columns, tables of contents, share bars and promos are pinned, an article's text never is.
     */
    static boolean isSticky(String cls) {
        if (!cls.contains("sticky")) return false;
        for (String c : WHITESPACE.split(cls.trim())) {
            if (c.equals("sticky") || c.endsWith(":sticky")) return true;
        }
        return false;
    }

    /** Paragraphs of this length, and this many of them, make a layout-named block an intro, not a header or menu. */
    private static final int INTRO_PARAGRAPH_CHARS = 100;
    private static final int INTRO_PARAGRAPHS = 3;

    /**
     * Several link-poor paragraphs of prose: an article's intro under a layout word ("listicle-header" holding the
     * first four paragraphs), not a page header or a menu. A dek is one paragraph and still goes.
     */
    private static boolean holdsParagraphs(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (Signals.textLength(p) >= INTRO_PARAGRAPH_CHARS && Signals.linkDensity(p) < 0.25 && ++n >= INTRO_PARAGRAPHS) {
                return Signals.linkDensity(e) < 0.15;
            }
        }
        return false;
    }

    /**
     * Prose this long, in paragraphs of 100+ chars, makes an aside in the article's flow a side note of the article
     * (a callout box of one long paragraph, too); pull quotes are a sentence or two (wcxb-dev).
     */
    private static final int NOTE_CHARS = 250;

    /**
     * An aside set among the article's own paragraphs that holds paragraphs of link-poor prose itself ("A note on
     * other devices" with four paragraphs, a "Don't just sit there!" callout): a side note the article's author
     * wrote, not a side column, pull quote or promo.
     */
    private static boolean isProseNote(Element aside) {
        Element parent = aside.parent();
        if (parent == null || Signals.linkDensity(aside) >= 0.15) return false;
        int prose = 0;
        int paragraphs = 0;
        for (Element p : aside.getElementsByTag("p")) {
            int len = Signals.textLength(p);
            if (len >= INTRO_PARAGRAPH_CHARS) {
                prose += len;
                paragraphs++;
            }
        }
        if (paragraphs < 1 || prose < NOTE_CHARS) return false;
        int flow = 0;
        for (Element sibling : parent.children()) {
            if (sibling != aside && sibling.normalName().equals("p") && Signals.textLength(sibling) >= INTRO_PARAGRAPH_CHARS) {
                flow++;
            }
        }
        return flow >= 2;
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("table") || t.equals("code") || t.equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** A container holding the page's declared article is never dropped for its class name. */
    private static boolean holdsArticle(Element e) {
        return e.selectFirst(DECLARED_ARTICLE) != null;
    }

    private static void normaliseBlocks(Document doc) {
        if (doc.body() == null) {
            return;
        }
        // one post-order pass: which elements are or contain a block (avoids quadratic descendant scans)
        Map<Element, Boolean> containsBlock = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    boolean block = Signals.BLOCKS.contains(e.normalName());
                    if (!block) {
                        for (Element c : e.children()) {
                            if (containsBlock.getOrDefault(c, false)) {
                                block = true;
                                break;
                            }
                        }
                    }
                    containsBlock.put(e, block);
                }
            }
        }, doc.body());
        for (Element div : doc.body().select("div, section")) {
            boolean blockChild = false;
            for (Element c : div.children()) {
                if (!c.normalName().equals("br") && containsBlock.getOrDefault(c, false)) {
                    blockChild = true;
                    break;
                }
            }
            if (!blockChild) {
                if (div.normalName().equals("div")) {
                    div.tagName("p");
                }
                continue;
            }
            wrapLooseText(div, containsBlock);
        }
    }

    /** Wraps runs of inline nodes with visible text that sit beside block children into a {@code p}. */
    private static void wrapLooseText(Element parent, Map<Element, Boolean> containsBlock) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(parent.childNodes())) {
            boolean block = child instanceof Element c && containsBlock.getOrDefault(c, true);
            if (block) {
                wrap(run);
                run = new ArrayList<>();
            } else {
                run.add(child);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean hasText = false;
        for (Node n : run) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank()) {
                hasText = true;
                break;
            }
        }
        if (!hasText) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
    }
}
