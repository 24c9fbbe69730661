package org.triangulate.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.extract.meta.DateMatch;

/**
 * Classifies each unit of a page (see {@link LineKind}) from its own features (length, terminal punctuation,
 * markup, the boilerplate lexicon, caption credit patterns, date-only and time-only lines) and then from its
 * neighbours: a caption that repeats an image's alt text, a teaser title before a truncated blurb, and widget blocks.
 *
 * <p>Widget rule: when a page separates its paragraphs by blank lines, a body paragraph stands alone in its block.
 * A multi-line block that contains furniture (an appeal, a teaser) is a widget, and all of its lines are furniture,
 * including sentence-like lines such as a related article's blurb.
 */
final class LineClassifier {
    private LineClassifier() {
    }

    /** A heading is at most this many words: longer lines without a full stop are run-on text, not headings. */
    private static final int MAX_HEADING_WORDS = 20;

    // "(Photo: Reuters)", "(Mikhail Klimentyev/Sputnik/AFP via Getty Images)", "(Reuters File Photo)", "(Фото: ...)";
    // words bounded by letter look-arounds: \b is ASCII-only since JDK 19 and never bounds "Фото"
    private static final Pattern CREDIT = Pattern.compile(
            "[(\\[](?:[^()\\[\\]]{0,80}(?<![\\p{L}\\p{N}_])(?:photos?|photograph|getty|afp|epa|ap photo|reuters file|"
                    + "shutterstock|courtesy|credit|images?|pool|illustration|screenshot|video grab|фото|світлина|скриншот)"
                    + "(?![\\p{L}\\p{N}_])"
                    + "[^()\\[\\]]{0,80}|[\\p{Lu}][\\p{L}.' -]{1,40}/[\\p{L}./' -]{2,60})[)\\]]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "^(?:photo|photos|image|credit|illustration|фото|світлина)\\s*(?::|by\\b|—|-)\\s*\\S.{0,120}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "14:44 Accusations de viols: 14 militaires mis en cause": a news-feed entry (time, then a headline).
    private static final Pattern FEED_ITEM = Pattern.compile("^\\d{1,2}:\\d{2}\\s+\\p{Lu}[^.!?]{5,140}$");
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:\\(\\s*updated:?[^)]*\\))?$",
            Pattern.CASE_INSENSITIVE);
    static List<Line> classify(List<Unit> units) {
        List<Line> lines = new ArrayList<>(units.size());
        Set<String> alts = new HashSet<>();
        for (Unit u : units) {
            Line line = own(u, alts);
            lines.add(line);
            if (u.alt() != null && !u.alt().isBlank()) {
                alts.add(norm(u.alt()));
            }
        }
        boolean blankLineLayout = blankLineLayout(lines);
        teasers(lines, blankLineLayout);
        if (blankLineLayout) {
            widgets(lines);
        }
        return lines;
    }

    private static Line own(Unit u, Set<String> alts) {
        String t = u.text();
        if (u.form() == Unit.Form.IMAGE) {
            return new Line(u, LineKind.CAPTION, "markdown image");
        }
        if (u.form() == Unit.Form.CODE) {
            return new Line(u, LineKind.CODE, "code block");
        }
        if (!alts.isEmpty() && alts.contains(norm(t))) {
            return new Line(u, LineKind.CAPTION, "repeats an image's alt text");
        }
        if (Boilerplate.sectionEnd(t)) {
            // "Also read:" leads into one link inside the body; a section heading ("News Feed") has no colon.
            return t.strip().endsWith(":") ? new Line(u, LineKind.BOILERPLATE, "link lead-in")
                    : new Line(u, LineKind.SECTION_END, "section heading of a non-article section");
        }
        if (byline(t) != null) {
            return new Line(u, LineKind.BYLINE, "byline");
        }
        if (TIME_ONLY.matcher(t).matches()) {
            return new Line(u, LineKind.TIMESTAMP, "bare time stamp");
        }
        if (dateOnly(t) != null) {
            return new Line(u, LineKind.DATELINE, "date-only line");
        }
        if (Inline.words(t) == 0) {
            return new Line(u, LineKind.BOILERPLATE, "no letters or digits");
        }
        if (FEED_ITEM.matcher(t).matches()) {
            return new Line(u, LineKind.TIMESTAMP, "time-stamped headline");
        }
        String furniture = Boilerplate.reason(t);
        if (furniture != null) {
            return new Line(u, LineKind.BOILERPLATE, furniture);
        }
        if (CREDIT.matcher(t).find() || CREDIT_PREFIX.matcher(t).matches()) {
            return new Line(u, LineKind.CAPTION, "ends with a photo credit");
        }
        if (u.form() == Unit.Form.HEADING) {
            return new Line(u, LineKind.HEADING, "markdown heading");
        }
        if (tableRow(t)) {
            return new Line(u, LineKind.CONTENT, "table row");
        }
        if (headingLike(t)) {
            return new Line(u, LineKind.HEADING, "short, no sentence end");
        }
        return new Line(u, LineKind.CONTENT, "text");
    }

    /** A title line followed by a blurb cut off with an ellipsis is a related-article teaser. */
    private static void teasers(List<Line> lines, boolean blankLineLayout) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != LineKind.CONTENT || !truncated(l.text())) {
                continue;
            }
            boolean titled = i > 0 && lines.get(i - 1).kind() == LineKind.HEADING
                    && lines.get(i - 1).unit().block() == l.unit().block();
            // Without blank lines the whole page is one block: only a teaser title can then mark the blurb.
            if (titled || blankLineLayout && l.unit().blockSize() > 1) {
                lines.set(i, l.as(LineKind.TEASER, "truncated blurb ending in an ellipsis"));
                if (titled) {
                    lines.set(i - 1, lines.get(i - 1).as(LineKind.TEASER, "title of a teaser"));
                }
            }
        }
    }

    private static boolean truncated(String t) {
        return t.endsWith("…") || t.endsWith("...") && !t.endsWith("....");
    }

    /** True when most sentence-length paragraphs stand alone in their blank-line separated block. */
    private static boolean blankLineLayout(List<Line> lines) {
        int alone = 0;
        int content = 0;
        for (Line l : lines) {
            if (l.kind() == LineKind.CONTENT && Inline.words(l.text()) >= 15) {
                content++;
                if (l.unit().blockSize() == 1) {
                    alone++;
                }
            }
        }
        return content > 0 && alone * 2 >= content;
    }

    private static void widgets(List<Line> lines) {
        for (int i = 0; i < lines.size(); ) {
            int block = lines.get(i).unit().block();
            int j = i;
            boolean furniture = false;
            while (j < lines.size() && lines.get(j).unit().block() == block) {
                LineKind k = lines.get(j).kind();
                furniture |= k == LineKind.BOILERPLATE || k == LineKind.TEASER;
                j++;
            }
            if (furniture && j - i > 1) {
                for (int x = i; x < j; x++) {
                    Line l = lines.get(x);
                    if (l.kind() == LineKind.CONTENT || l.kind() == LineKind.HEADING) {
                        lines.set(x, l.as(LineKind.BOILERPLATE, "in a widget block with furniture"));
                    }
                }
            }
            i = j;
        }
    }

    /** A dumped table row: three or more cells separated by pipes, with figures in them (navigation has none). */
    static boolean tableRow(String t) {
        String[] cells = t.split("\\s\\|\\s|\\s\\|$|^\\|\\s");
        return cells.length >= 3 && t.chars().anyMatch(Character::isDigit);
    }

    static boolean headingLike(String t) {
        int words = Inline.words(t);
        if (words == 0 || words > MAX_HEADING_WORDS) {
            return false;
        }
        String s = t.replaceAll("[\"'”’»)\\]\\s]+$", "");
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".!?…:;,。！？；：".indexOf(last) >= 0) {
            return false;
        }
        int first = t.codePointAt(0);
        return !Character.isLowerCase(first);
    }

    /**
     * The author named by a byline line, without "By", the date and the read time; null when the line is not a
     * byline (the rest must look like a name: capitalised words and joiners, no sentence punctuation).
     */
    static String byline(String t) {
        return MetaLines.byline(t);
    }

    static DateMatch dateOnly(String t) {
        return MetaLines.dateOnly(t);
    }

    private static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
