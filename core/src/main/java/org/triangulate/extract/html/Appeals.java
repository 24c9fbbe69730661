package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The site's appeal for money set after the story: "This story is funded by readers like you. Our non-profit
 * newsroom… Your one-off or monthly donations play a crucial role…", or "Since you made it to the bottom of this
 * article, we have a small favor to ask… every dollar you give will be doubled… Thank you. Editor in chief". Such a
 * box is the publisher's text, not the story's; Readability keeps it, the human-made gold of wcxb-dev leaves it out (0174, 4511).
 *
 * <p>A box goes when a line of it asks the reader for money in so many words ({@link #ASK}), it holds two or more
 * blocks (a heading or sentence and the ask, the ask and its button), it is at most {@link #MAX_CHARS} long, and
 * it stands after the story: at least {@link #MIN_STORY_CHARS} of text before it and little after. A sentence
 * about donations inside the story (a charity's fundraiser, "donate to the relief fund") names no such ask or has
 * the story after it, and stays.
 */
final class Appeals {
    /** The reader asked for money, in the words fundraising boxes use. */
    static final Pattern ASK = Pattern.compile("(?iu)\\b(?:your (?:one-off |one-time |monthly |recurring |tax-deductible )?"
            + "(?:donations?|gifts?) (?:plays?|helps?|makes?|supports?|keeps?|ensures?|powers?|allows?|means?|goes|go)\\b"
            + "|donate (?:now|today)\\b|(?:make|making) a (?:tax-deductible )?donation\\b"
            + "|support (?:our|independent|nonprofit|non-profit|local|quality|public[- ]service) (?:journalism|newsroom|reporting)\\b"
            + "|(?:funded|supported|powered) by (?:readers|people|members) like you\\b|reader[- ](?:supported|funded)\\b"
            + "|become a (?:member|supporter|sustaining member|patron)\\b"
            + "|please (?:consider )?(?:donating|supporting us|pitching in|chipping in)\\b|every dollar you give\\b"
            + "|double my donation\\b|(?:pitch|chip)(?:ping)? in what you can\\b)");
    /** An appeal is a heading and a few sentences; a longer block is more than an appeal. */
    static final int MAX_CHARS = 1500;
    /** The story before the box: an appeal follows a story, it does not make the page. */
    static final int MIN_STORY_CHARS = 1000;
    /** Text after the box (a republishing note, a byline line), at most this much or a tenth of the story. */
    static final int MAX_CHARS_AFTER = 300;

    private static final String OTHER_BLOCKS = "p, h2, h3, h4, h5, h6, li, a, button";

    private Appeals() {
    }

    static void drop(Element article) {
        List<Element> boxes = new ArrayList<>();
        for (Element line : article.select("p, h2, h3, h4, h5, h6, li")) {
            if (Signals.textLengthAtMost(line, MAX_CHARS + 1) > MAX_CHARS || !ASK.matcher(line.text()).find()) continue;
            Element box = box(line, article);
            if (box != null && !boxes.contains(box)) boxes.add(box);
        }
        if (boxes.isEmpty()) return;
        int total = Signals.textLength(article);
        for (Element box : boxes) {
            if (box.parent() == null) continue;
            int after = charsAfter(box, article);
            int own = Signals.textLength(box);
            if (total - after - own >= MIN_STORY_CHARS && after <= Math.max(MAX_CHARS_AFTER, total / 10)) box.remove();
        }
    }

    /** The widest ancestor of the ask, below the article, within {@link #MAX_CHARS}; null when it is the line alone. */
    private static Element box(Element line, Element article) {
        Element box = line;
        while (box.parent() != null && box.parent() != article
                && Signals.textLengthAtMost(box.parent(), MAX_CHARS + 1) <= MAX_CHARS) {
            box = box.parent();
        }
        if (box == line) return null;
        // the box holds more than the ask: a heading, another sentence, its button
        for (Element other : box.select(OTHER_BLOCKS)) {
            if (other != line && !other.text().isBlank() && !line.getAllElements().contains(other)
                    && !other.getAllElements().contains(line)) {
                return box;
            }
        }
        return null;
    }

    /** The text after {@code e} inside {@code root}, in page order. */
    private static int charsAfter(Element e, Element root) {
        int n = 0;
        for (Element x = e; x != null && x != root; x = x.parent()) {
            for (Element s = x.nextElementSibling(); s != null; s = s.nextElementSibling()) n += Signals.textLength(s);
        }
        return n;
    }
}
