package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern that is an alternation of plain words ("comment|sidebar|most-?popular"), searched as
 * plain substrings: the same answer as {@code pattern.matcher(s).find()}, without trying every alternative at every
 * position. Only ASCII letters fold, as in {@link Pattern#CASE_INSENSITIVE} without Unicode case.
 */
final class Literals {
    private static final Pattern WORD = Pattern.compile("[a-z0-9_-]+");
    private final String[] words;

    private Literals(String[] words) {
        this.words = words;
    }

    /** The pattern's words; an optional hyphen ("most-?popular") gives both spellings. */
    static Literals of(Pattern pattern) {
        if ((pattern.flags() & Pattern.CASE_INSENSITIVE) == 0 || (pattern.flags() & Pattern.UNICODE_CASE) != 0) {
            throw new IllegalArgumentException("not an ASCII case-insensitive pattern: " + pattern);
        }
        List<String> out = new ArrayList<>();
        for (String w : pattern.pattern().toLowerCase(java.util.Locale.ROOT).split("\\|", -1)) {
            List<String> spellings = w.contains("-?") ? List.of(w.replace("-?", "-"), w.replace("-?", "")) : List.of(w);
            for (String s : spellings) {
                if (!WORD.matcher(s).matches()) {
                    throw new IllegalArgumentException("not a plain word in " + pattern + ": " + w);
                }
                out.add(s);
            }
        }
        return new Literals(out.toArray(String[]::new));
    }

    /** Whether {@code lowered} (see {@link #lower}) holds one of the words. */
    boolean in(String lowered) {
        for (String w : words) {
            if (lowered.contains(w)) return true;
        }
        return false;
    }

    /** The string with ASCII capitals in lower case, everything else as it is. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] cs = s.toCharArray();
                for (int j = i; j < cs.length; j++) {
                    if (cs[j] >= 'A' && cs[j] <= 'Z') cs[j] = (char) (cs[j] + ('a' - 'A'));
                }
                return new String(cs);
            }
        }
        return s;
    }
}
