package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporters named in a wire story's closing credit line, for a page with no byline of its own: "Reporting by
 * Ana Ruiz in Manila and Tom Lee in Hanoi; Editing by Mark Heinrich" gives "Ana Ruiz, Tom Lee". Agencies print the
 * credit instead of a byline, and the copies of their stories keep it. Only the reporting clause names the byline:
 * editors and "Additional reporting by" contributors are not the story's authors.
 */
final class WireCredits {
    /** Closing paragraphs looked at: the credit is the last line, a copyright or sign-off may follow it. */
    private static final int TAIL = 3;
    private static final int MAX_CREDIT_CHARS = 300;
    private static final Pattern REPORTING = Pattern.compile(
            "^\\(?\\s*(?:Reporting|Reported) by\\s+([^;.()]+?)\\s*(?:[;.)]|$)");
    /** "Ana Ruiz in Manila": the place a reporter filed from. */
    private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

    private WireCredits() {
    }

    /** The credit's reporters as a byline ("Ana Ruiz, Tom Lee"), or null when the closing lines hold no credit. */
    static String byline(List<String> texts) {
        for (int i = texts.size() - 1; i >= Math.max(0, texts.size() - TAIL); i--) {
            String t = texts.get(i).strip();
            if (t.length() > MAX_CREDIT_CHARS) continue;
            Matcher m = REPORTING.matcher(t);
            if (!m.find()) continue;
            List<String> names = new ArrayList<>();
            for (String part : SEPARATOR.split(m.group(1))) {
                String name = BylineText.clean(PLACE.matcher(part.strip()).replaceFirst(""));
                if (name == null || !BylineText.looksLikeNames(name) || !name.contains(" ")) return null;
                names.add(name);
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }
}
