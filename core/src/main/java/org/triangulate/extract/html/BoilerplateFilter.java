package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Last stage: drops short stock paragraphs that widgets leave inside article bodies ("Advertisement",
 * "Share this article", "Read more", "Sign up for our newsletter") and paragraphs without a letter or digit.
 */
final class BoilerplateFilter {
    private static final Pattern STOCK = Pattern.compile(
            "(?i)(advertisement|advertisements|ad|ads|sponsored( content)?|story continues below( advertisement)?"
                    + "|share( this( article| story| post)?)?( on \\w+)?|tweet|print|email|e-mail|copy link|link copied"
                    + "|read more|read next|see also|related( articles| stories| posts)?|continue reading.*"
                    + "|(click|tap) here.{0,40}|sign up.{0,60}newsletter.{0,40}|subscribe.{0,60}"
                    + "|follow us.{0,40}|comments?|\\d+ comments?|leave a (comment|reply)|skip to (main )?content"
                    + "|image:.{0,80}|photo:.{0,80}|getty images|ap photo.{0,40}|reuters/.{0,40})[.:!]?");
    /** Stock lines are short; longer paragraphs that start alike are real text. */
    private static final int MAX_STOCK_CHARS = 120;

    private BoilerplateFilter() {
    }

    /**
     * A paragraph of only marks (a zero-width joiner left by an editor, "★★★★★", "|", "•") carries no text.
     */
    private static boolean hasLetterOrDigit(String p) {
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    static List<String> filter(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (p.length() <= MAX_STOCK_CHARS && STOCK.matcher(p.trim()).matches()) continue;
            if (!hasLetterOrDigit(p)) continue;
            out.add(p);
        }
        return out;
    }
}
