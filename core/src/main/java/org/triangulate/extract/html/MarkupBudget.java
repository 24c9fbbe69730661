package org.triangulate.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds the markup handed to the parser, so that a huge page costs about as much as a large one. A page within
 * the budget (characters and start tags) is left untouched. A page over it first loses what is never article
 * text and only costs parsing: comments, the bodies of {@code style}, {@code svg} and {@code math}, script bodies
 * beyond their first {@value #SCRIPT_KEEP_CHARS} characters (JSON-LD is kept whole: it carries the metadata) and
 * long {@code data:} URIs. Only if it is still over the budget is it cut, at a tag boundary (or, inside one long
 * text, at a space), so the article near the top survives even when megabytes of inline state come before it.
 */
final class MarkupBudget {
    /**
     * Script bodies keep this much: page-state JSON names the page's own record (and its date) before the lists of
     * other stories.
     */
    static final int SCRIPT_KEEP_CHARS = 64 * 1024;
    /** Inside one long text, a tag this close to the limit is still the preferred place to cut. */
    private static final int TAG_SEARCH_CHARS = 64 * 1024;
    private static final Pattern LONG_DATA_URI = Pattern.compile("data:[^\"'\\s>]{256,}");

    /**
     * @param html the markup to parse
     * @param note what was done, for the article's provenance, or null when the page was within the budget
     */
    record Bounded(String html, String note) {
    }

    private MarkupBudget() {
    }

    static Bounded apply(String html, int maxChars, int maxTags) {
        if (maxChars < 1 || maxTags < 1) {
            throw new IllegalArgumentException("budget must be >= 1, got " + maxChars + " chars, " + maxTags + " tags");
        }
        boolean tooLong = html.length() > maxChars;
        if (!tooLong && countTags(html, 0, html.length(), maxTags + 1) <= maxTags) {
            return new Bounded(html, null);
        }
        int[] consumed = {0};
        String stripped = strip(html, maxChars, consumed);
        String note = "page of " + html.length() + " chars" + (tooLong ? "" : " and over " + maxTags + " tags")
                + ", beyond the parse budget of " + maxChars + " chars and " + maxTags + " tags: "
                + (consumed[0] - stripped.length()) + " chars of scripts, styles, SVG and comments dropped";
        int cut = cutPoint(stripped, maxChars, maxTags);
        if (cut < stripped.length() || consumed[0] < html.length()) {
            stripped = stripped.substring(0, cut);
            note += "; cut at " + cut + " chars";
        }
        return new Bounded(stripped, note);
    }

    /** Where the budget runs out: the start of the tag past the tag budget, or a boundary before the char budget. */
    static int cutPoint(String html, int maxChars, int maxTags) {
        int tags = 0;
        int limit = Math.min(html.length(), maxChars);
        for (int i = html.indexOf('<'); i >= 0 && i < limit; i = html.indexOf('<', i + 1)) {
            if (isStartTag(html, i) && ++tags > maxTags) {
                return i;
            }
        }
        if (html.length() <= maxChars) {
            return html.length();
        }
        int tag = html.lastIndexOf('<', maxChars);
        if (tag > 0 && tag >= maxChars - TAG_SEARCH_CHARS) {
            return tag;
        }
        for (int i = maxChars; i > maxChars - TAG_SEARCH_CHARS && i > 0; i--) {
            if (Character.isWhitespace(html.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(html.charAt(maxChars)) ? maxChars - 1 : maxChars;
    }

    /** Start tags in {@code [from, to)}, counting stops once {@code stopAt} is reached. */
    static int countTags(String html, int from, int to, int stopAt) {
        int n = 0;
        for (int i = html.indexOf('<', from); i >= 0 && i < to && n < stopAt; i = html.indexOf('<', i + 1)) {
            if (isStartTag(html, i)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isStartTag(String html, int lt) {
        if (lt + 1 >= html.length()) {
            return false;
        }
        char c = html.charAt(lt + 1);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The whole page without comments and with bulky raw bodies emptied or shortened. */
    static String strip(String html) {
        return strip(html, Integer.MAX_VALUE, new int[1]);
    }

    /**
     * One linear scan that stops once the copy is longer than {@code maxChars} (what follows would be cut anyway);
     * {@code consumed[0]} receives how much of the page was read.
     */
    private static String strip(String html, int maxChars, int[] consumed) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), maxChars) + 1024);
        int n = html.length();
        int i = 0;
        while (i < n && out.length() <= maxChars) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            long room = maxChars + 1L - out.length();
            if (textEnd - i > room) {
                out.append(html, i, i + (int) room); // one huge text: the cut is made inside it
                i += (int) room;
                break;
            }
            out.append(html, i, textEnd);
            i = textEnd;
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                out.append(html, lt, n);
                i = n;
                break;
            }
            appendTag(out, html, lt, gt + 1);
            i = gt + 1;
            String name = bulkyElement(html, lt);
            if (name == null || !name.equals("script") && html.charAt(gt - 1) == '/') {
                continue; // an ordinary tag, or <svg .../> without a body
            }
            int close = indexOfIgnoreCase(html, "</" + name, gt + 1);
            int bodyEnd = close < 0 ? n : close;
            if (name.equals("script")) {
                boolean jsonLd = html.substring(lt, gt).toLowerCase(java.util.Locale.ROOT).contains("ld+json");
                int keep = jsonLd ? bodyEnd - gt - 1 : Math.min(bodyEnd - gt - 1, SCRIPT_KEEP_CHARS);
                out.append(html, gt + 1, gt + 1 + keep);
            }
            out.append("</").append(name).append('>');
            int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
            i = closeEnd < 0 ? n : closeEnd + 1;
        }
        consumed[0] = i;
        return out.toString();
    }

    /** A tag, with long data: URIs in its attributes shortened (inline images and fonts). */
    private static void appendTag(StringBuilder out, String html, int from, int to) {
        if (to - from < 512) {
            out.append(html, from, to);
            return;
        }
        Matcher m = LONG_DATA_URI.matcher(html).region(from, to);
        int last = from;
        while (m.find()) {
            out.append(html, last, m.start()).append("data:,");
            last = m.end();
        }
        out.append(html, last, to);
    }

    /** The name of a raw-body element whose content is dropped or shortened, when the tag at {@code lt} opens one. */
    private static String bulkyElement(String html, int lt) {
        for (String name : new String[]{"script", "style", "svg", "math"}) {
            int end = lt + 1 + name.length();
            if (html.regionMatches(true, lt + 1, name, 0, name.length()) && end < html.length()) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
