package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Stage 4, selection and expansion (after Readability): takes the best-scored container, moves up to a common
 * ancestor when several top candidates share one, or to a parent that scores higher; then appends siblings that
 * score well, share the container's class, or are link-poor paragraphs.
 */
final class ContentSelector {
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /** Ancestor levels the text-mass expansion looks up: page builders nest each text module 6-8 deep (wcxb-dev). */
    private static final int EXPANSION_LEVELS = 8;

    private ContentSelector() {
    }

    /** The article container (a new {@code div} holding the chosen elements), or null without candidates. */
    static Element select(List<Element> ranked, ContentScorer scorer) {
        if (ranked.isEmpty()) {
            return null;
        }
        Element top = ranked.get(0);
        top.attr(Signals.CORE_MARK, "");
        double topScore = scorer.scoreOf(top);
        // several strong candidates under one ancestor: the article is split into sections
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scorer.scoreOf(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(p, alt)) containing++;
                }
                if (containing >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // climb while the parent scores higher (content split across nested wrappers)
        double lastScore = scorer.scoreOf(top);
        double threshold = lastScore / 3;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (!scorer.isScored(p)) continue;
            double ps = scorer.scoreOf(p);
            if (ps < threshold) break;
            if (ps > lastScore) {
                top = p;
                break;
            }
            lastScore = ps;
        }
        top = expandByTextMass(top);
        // an only child says nothing: its parent is the real container
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().children().size() == 1) {
            top = top.parent();
        }
        topScore = Math.max(scorer.scoreOf(top), topScore);
        Element article = new Element("div");
        Element parent = top.parent();
        if (parent == null) {
            article.appendChild(top.clone());
            return article;
        }
        double siblingThreshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        String topShared = sharedClass(topClass);
        // inside a declared article, a block of prose before the chosen one is the article's intro
        boolean inArticle = parent.closest("article") != null;
        boolean beforeTop = true;
        for (Element sib : new ArrayList<>(parent.children())) {
            boolean append = false;
            if (sib == top) {
                append = true;
                beforeTop = false;
            } else {
                double bonus = !topClass.isEmpty() && sib.className().equals(topClass) ? topScore * 0.2 : 0;
                if (scorer.isScored(sib) && scorer.scoreOf(sib) + bonus >= siblingThreshold) {
                    append = true;
                } else if (sib.normalName().equals("p")) {
                    double ld = Signals.linkDensity(sib);
                    String text = sib.text();
                    int len = text.length();
                    if (len > 80 && ld < 0.25) {
                        append = true;
                    } else if (len < 80 && len > 0 && ld == 0 && SENTENCE_END.matcher(text).find()) {
                        append = true;
                    }
                } else if (isContentList(sib) || !topShared.isEmpty() && sharedClass(sib.className()).equals(topShared)
                        && isProseSection(sib, SIBLING_PROSE)) {
                    append = true;
                } else if (inArticle && beforeTop && isProseSection(sib, MIN_COUSIN_PROSE) && isBodyPart(sib)) {
                    append = true;
                }
            }
            if (append) {
                article.appendChild(sib.clone());
            }
        }
        addBuilderCousins(article, top);
        return article;
    }

    /** Prose a builder section needs to join: an intro of a paragraph or two, not a promo blurb (wcxb-dev). */
    private static final int MIN_COUSIN_PROSE = 300;
    private static final Pattern ABOUT_AUTHOR = Pattern.compile("(?i)about-?(the-?)?author|author-?(box|info|card)");

    /**
     * A builder section that is a part of the body: not the page's header (its h1 and dek), nor an author box or
     * another widget named as such anywhere inside it. (Its size, which keeps out a side column's blurb, is
     * {@link #isProseSection}'s to test.)
     */
    private static boolean isBodyPart(Element section) {
        if (!section.getElementsByTag("h1").isEmpty()) return false;
        for (Element e : section.getAllElements()) {
            String name = Signals.classAndId(e);
            if (Signals.STRONG_NEGATIVE.matcher(name).find() || ABOUT_AUTHOR.matcher(name).find()) return false;
        }
        return true;
    }

    /** How far above the chosen container a page builder's section may sit. */
    private static final int COUSIN_LEVELS = 4;

    /**
     * Page builders (Elementor, Divi, Avada) set an article's intro and its body in separate sections of one kind,
     * each with an id of its own ("elementor-element-98fbbca", "elementor-element-fb50472"): the chosen container
     * sits in one of them, and the other sections of prose are its cousins, not its siblings. They join the
     * article in page order.
     */
    private static void addBuilderCousins(Element article, Element top) {
        int level = 0;
        for (Element a = top.parent(); a != null && a.parent() != null && level < COUSIN_LEVELS;
             a = a.parent(), level++) {
            if (a.normalName().equals("body")) break;
            String shared = builderKind(a.className());
            if (shared == null) continue;
            List<Element> before = new ArrayList<>();
            List<Element> after = new ArrayList<>();
            boolean seen = false;
            for (Element s : a.parent().children()) {
                if (s == a) {
                    seen = true;
                } else if (sharedClass(s.className()).equals(shared) && isProseSection(s, MIN_COUSIN_PROSE)
                        && isBodyPart(s)) {
                    (seen ? after : before).add(s);
                }
            }
            if (placeAround(article, before, after)) return;
        }
        addSplitBodyParts(article, top);
    }

    /** Copies the blocks before the article's own in front of it and the blocks after it behind; false if none. */
    private static boolean placeAround(Element article, List<Element> before, List<Element> after) {
        if (before.isEmpty() && after.isEmpty()) return false;
        for (int i = before.size() - 1; i >= 0; i--) {
            article.prependChild(before.get(i).clone());
        }
        for (Element s : after) {
            article.appendChild(s.clone());
        }
        return true;
    }

    /**
     * A body split into numbered parts of one kind, each in a wrapper of its own between ads ("story-body
     * story-body-1" and "story-body story-body-2" under two "story-body-supplemental" divs): the chosen part's
     * kindred parts of prose further up or down the page join it in page order.
     */
    private static void addSplitBodyParts(Element article, Element top) {
        String shared = builderKind(top.className());
        if (shared == null) return;
        String token = shared.split(" ", 2)[0]; // a cheap test before the shared class of every element is worked out
        Element a = top.parent();
        for (int level = 1; a != null && level < COUSIN_LEVELS && !a.normalName().equals("body"); level++, a = a.parent()) {
            List<Element> before = new ArrayList<>();
            List<Element> after = new ArrayList<>();
            boolean seen = false;
            Element last = null;
            for (Element e : a.getAllElements()) {
                if (e == top) {
                    seen = true;
                    last = top;
                } else if (last != null && isAncestor(last, e) || isAncestor(e, top)) {
                    continue;
                } else if (e.className().contains(token) && sharedClass(e.className()).equals(shared)
                        && isProseSection(e, MIN_COUSIN_PROSE) && isBodyPart(e)) {
                    (seen ? after : before).add(e);
                    last = e;
                }
            }
            if (placeAround(article, before, after)) return;
        }
    }

    /**
     * Moves up to an ancestor (at most {@link #EXPANSION_LEVELS} levels) that holds far more link-poor prose than the chosen
     * container while adding little link-dense text: class-name bonuses can make one section of a long page
     * (an accordion panel, a list item's blurb) outscore the page's body. Factors chosen on wcxb-dev.
     */
    static Element expandByTextMass(Element top) {
        java.util.Map<Element, int[]> memo = new java.util.IdentityHashMap<>();
        Signals.Mass base = Signals.mass(top, memo);
        Element best = top;
        Signals.Mass bestMass = base;
        int level = 0;
        for (Element a = top.parent(); a != null && level < EXPANSION_LEVELS; a = a.parent(), level++) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html")) break;
            Signals.Mass m = Signals.mass(a, memo);
            int gained = m.good() - bestMass.good();
            int linkyGained = m.linky() - bestMass.linky();
            if (m.good() >= 1.5 * bestMass.good() && gained > 3 * linkyGained && gained > 400) {
                best = a;
                bestMass = m;
            }
        }
        return best;
    }

    /**
     * A token naming one element: a long number or hex id ("post-143647", "elementor-element-98fbbca") or a
     * builder's index after a long name ("fusion-builder-row-2", "et_pb_section_1"). Grid classes keep their
     * numbers ("col-14", "mb-5", "offset-sm-1"): they say where a block sits, not which block it is.
     */
    private static final java.util.regex.Pattern OWN_ID = java.util.regex.Pattern.compile(
            "\\d{4,}|(?=[0-9a-f]*\\d)[0-9a-f]{6,}$|^[A-Za-z][\\w-]{9,}[-_]\\d{1,3}$");

    /**
     * The kind of a page builder's element (its classes without its own id, {@link #sharedClass}), or null when the
     * classes hold no such id and so name no builder's element.
     */
    private static String builderKind(String className) {
        String shared = sharedClass(className);
        return shared.isEmpty() || shared.equals(className) ? null : shared;
    }

    /**
     * A class attribute without the tokens that name one element ({@link #OWN_ID}): page builders give each
     * container of one kind the same classes plus an id of its own.
     */
    static String sharedClass(String className) {
        if (className.isEmpty()) return className;
        StringBuilder b = new StringBuilder();
        for (String token : className.trim().split("\\s+")) {
            if (OWN_ID.matcher(token).find()) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(token);
        }
        return b.toString();
    }

    /** Prose a sibling module needs to join the article (wcxb-dev). */
    private static final int SIBLING_PROSE = 200;

    /**
     * A container of at least {@code minProse} chars of link-poor prose (an FAQ or a second text module of a page
     * builder), unless its name says comments, related stories or the like. Sizes chosen on wcxb-dev.
     */
    private static boolean isProseSection(Element sib, int minProse) {
        if (Signals.STRONG_NEGATIVE.matcher(Signals.classAndId(sib)).find()) return false;
        Signals.Mass m = Signals.mass(sib);
        return m.good() >= minProse && m.good() > 3 * m.linky() && Signals.linkDensity(sib) < 0.25;
    }

    /** A sibling list or heading directly beside the article (e.g. a bulleted summary between paragraphs). */
    private static boolean isContentList(Element sib) {
        String tag = sib.normalName();
        if (!(tag.equals("ul") || tag.equals("ol") || Signals.isHeading(sib))) return false;
        return Signals.textLength(sib) > 0 && Signals.linkDensity(sib) < 0.2 && Signals.classWeight(sib) >= 0;
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == anc) return true;
        }
        return false;
    }
}
