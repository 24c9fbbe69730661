package org.triangulate.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a printed date is, read from the words just before it: "Published", "Posted on" (a publication),
 * "Originally published" (the first publication of a re-issued page), "Updated", "Last modified" (a modification),
 * "Reviewed", "Accessed", "©" (neither). The label may sit in the date's own element or in a sibling before it
 * ({@code <span>Last Updated</span> <span>Feb 27, 2026</span>}), so the text before the element inside its
 * short containers counts too. The nearest label wins.
 */
final class DateLabels {
    /** What the nearest label says a date is. */
    enum Kind { NONE, PUBLISHED, ORIGINAL, UPDATED, OTHER }

    // English, then Ukrainian/Russian, French, German, Spanish/Portuguese, Italian, Dutch, Polish
    private static final String ORIGINAL = "originally\\s+(?:published|posted)|first\\s+(?:published|posted)"
            + "|initialement\\s+publié|ursprünglich\\s+veröffentlicht|publicado\\s+originalmente";
    private static final String UPDATED = "updated|modified|last\\s+edited|revised|оновлено|обновлено|змінено|изменено"
            + "|mis\\s+à\\s+jour|mise\\s+à\\s+jour|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano";
    private static final String OTHER = "reviewed|fact[-\\s]?checked|accessed|retrieved|expires|copyright|©|event\\s+date";
    private static final String PUBLISHED = "published|posted|written|publication\\s+date|опубліковано|опубликовано|publié"
            + "|veröffentlicht|publicado|pubblicato|gepubliceerd|opublikowano";
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?<o>" + ORIGINAL + ")|(?<u>" + UPDATED
            + ")|(?<x>" + OTHER + ")|(?<p>" + PUBLISHED + "))(?![\\p{L}])");
    /** Only this much text before a date is read: a label further away belongs to something else. */
    private static final int WINDOW = 40;
    /** Containers up to this many characters are one dateline ("Last Updated on Feb 27, 2026 · 5 min read"). */
    private static final int LINE_CHARS = 200;

    private DateLabels() {
    }

    /** The kind named by the nearest label in {@code before} (the text just before a date). */
    static Kind of(String before) {
        if (before == null || before.isEmpty()) return Kind.NONE;
        String window = before.length() > WINDOW ? before.substring(before.length() - WINDOW) : before;
        Matcher m = LABEL.matcher(window);
        Kind kind = Kind.NONE;
        while (m.find()) {
            kind = m.group("o") != null ? Kind.ORIGINAL : m.group("u") != null ? Kind.UPDATED
                    : m.group("x") != null ? Kind.OTHER : Kind.PUBLISHED;
        }
        return kind;
    }

    /**
     * The kind of a date found at {@code offset} of {@code e}'s collapsed text: the element's own text before it,
     * preceded by the text before {@code e} inside its containers of one dateline.
     */
    static Kind of(Element e, int offset) {
        String own = TextNormalizer.collapse(e.text());
        String before = own.substring(0, Math.max(0, Math.min(offset, own.length())));
        Kind kind = of(textBefore(e) + " " + before);
        return kind == Kind.NONE ? ofMarkup(e) : kind;
    }

    /** Class/id words of a modification date ("updated", Drupal's "field--name-changed"). */
    private static final Pattern UPDATED_MARKUP = Pattern.compile("(?i)updated|modified|changed|revised|last-?mod");
    private static final Pattern PUBLISHED_MARKUP = Pattern.compile("(?i)publish|posted|created|entry-date|pubdate");

    /** NONE for publication markup, UPDATED for modification markup, null when the markup names neither. */
    private static Kind markup(Element p) {
        String words = p.className() + " " + p.id() + " " + p.attr("itemprop");
        // WordPress marks a never-updated post's date "published updated": a publication first
        if (PUBLISHED_MARKUP.matcher(words).find()) return Kind.NONE;
        return UPDATED_MARKUP.matcher(words).find() ? Kind.UPDATED : null;
    }

    /**
     * Without a printed label, the markup may say it: an element (or its two nearest ancestors) classed as the
     * modification date. Only consulted when no words label the date, since class names are often reused
     * ("published-date" around "Updated April 10, 2025").
     */
    static Kind ofMarkup(Element e) {
        Element p = e;
        for (int i = 0; i < 3 && p != null; i++, p = p.parent()) {
            Kind k = markup(p);
            if (k != null) return k;
        }
        // a short line found from its outer box: the markup of the dated element inside it
        if (Signals.textLengthAtMost(e, LINE_CHARS + 1) <= LINE_CHARS) {
            for (Element d : e.getAllElements()) {
                Kind k = d == e ? null : markup(d);
                if (k != null) return k;
            }
        }
        return Kind.NONE;
    }

    /** Text before {@code e} inside its ancestors of at most one dateline's length. */
    static String textBefore(Element e) {
        Element box = e;
        for (int i = 0; i < 3 && box.parent() != null; i++) {
            Element p = box.parent();
            if (Signals.textLengthAtMost(p, LINE_CHARS + 1) > LINE_CHARS) break;
            box = p;
        }
        if (box == e) return "";
        StringBuilder sb = new StringBuilder();
        collectBefore(box, e, sb);
        return TextNormalizer.collapse(sb.toString());
    }

    /** Appends the text of {@code node}'s descendants before {@code stop}; true once {@code stop} is reached. */
    private static boolean collectBefore(Node node, Element stop, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child == stop) return true;
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element c) {
                sb.append(' ');
                if (collectBefore(c, stop, sb)) return true;
                sb.append(' ');
            }
        }
        return false;
    }
}
