package org.triangulate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into word tokens: runs of letters and digits, keeping inner apostrophes, hyphens and
 * decimal points/commas between digits ("o'clock", "70-80", "26,000"). Case is kept so that callers can see
 * capitalisation; a possessive "'s" is dropped ("Kremlin's" gives "Kremlin").
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** Word tokens of {@code text} after {@link TextFolding#fold(String)}, case kept. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        forEachWord(TextFolding.fold(text), (s, e, t) -> out.add(t));
        return out;
    }

    /** Lower-cased word tokens. */
    public static List<String> lowerWords(String text) {
        List<String> out = new ArrayList<>();
        forEachWord(TextFolding.foldLower(text), (s, e, t) -> out.add(t));
        return out;
    }

    /** Receives each token with its character offsets in the (already folded) text. */
    @FunctionalInterface
    public interface TokenSink {
        void token(int start, int end, String token);
    }

    /** Scans already folded text; callers that need offsets use this. */
    public static void forEachWord(String folded, TokenSink sink) {
        int n = folded.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n) {
                char c = folded.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '-' || c == '.' || c == ',') && i + 1 < n
                        && Character.isLetterOrDigit(folded.charAt(i + 1)) && joins(folded, c, i)) {
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            String t = folded.substring(start, end);
            if (t.endsWith("'s") || t.endsWith("'S")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!t.isEmpty()) {
                sink.token(start, end, t);
            }
        }
    }

    // '.' and ',' join only digits (3.5, 26,000); apostrophes and hyphens join any word characters.
    private static boolean joins(String s, char c, int i) {
        if (c == '.' || c == ',') {
            return Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
        }
        return true;
    }
}
