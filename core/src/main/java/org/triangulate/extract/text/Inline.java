package org.triangulate.extract.text;

import java.util.regex.Pattern;

/** Inline clean-up shared by both formats: rendering residue that is never part of the sentence it sits in. */
final class Inline {
    private Inline() {
    }

    // "(Story continues below)", "(Article continues below advertisement)": a reflow marker left by an ad slot.
    private static final Pattern CONTINUES = Pattern.compile(
            "\\s*[(\\[]\\s*(?:the\\s+)?(?:story|article|text|report)\\s+continues\\s+(?:below|after)[^)\\]]{0,30}[)\\]]",
            Pattern.CASE_INSENSITIVE);
    // ", opens new tab" / "(opens in a new window)": accessibility label of a link, dumped with the link text.
    private static final Pattern NEW_TAB = Pattern.compile(
            "\\s*,?\\s*[(\\[]?\\s*opens? (?:in )?(?:a )?new (?:tab|window)\\s*[)\\]]?(?=\\s*[,.;:]|\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b\\u2009\\u202f]+");

    /** Removes residue and collapses whitespace. */
    static String clean(String s) {
        String t = s;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("continues")) {
            t = CONTINUES.matcher(t).replaceAll("");
        }
        if (lower.contains("new tab") || lower.contains("new window")) {
            t = NEW_TAB.matcher(t).replaceAll("");
        }
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.replaceAll("\\s+([,.;:])(?=\\s|$)", "$1");
    }

    /**
     * Counts whitespace-separated tokens that contain a letter or digit. Scripts written without spaces (Han, kana,
     * Thai, ...) count one word per two such characters, about the average word length of Chinese.
     */
    static int words(String s) {
        int n = 0;
        for (String t : s.split("\\s+")) {
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        long unspaced = s.codePoints().filter(Inline::unspacedScript).count();
        return n + (int) (unspaced / 2);
    }

    private static boolean unspacedScript(int cp) {
        if (cp < 0x0E00) {
            return false; // below Thai, the first of these scripts: the common case, without a table look-up
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI
                || sc == Character.UnicodeScript.LAO || sc == Character.UnicodeScript.KHMER
                || sc == Character.UnicodeScript.MYANMAR;
    }
}
