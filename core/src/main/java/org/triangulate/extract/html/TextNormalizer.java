package org.triangulate.extract.html;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Text comparison helpers for titles and headings. */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Lower-case, NFKC, punctuation dropped, whitespace collapsed. */
    static String forCompare(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || Character.getType(c) == Character.DASH_PUNCTUATION) {
                if (!space) b.append(' ');
                space = true;
            }
        }
        return b.toString().trim();
    }

    /** Token Jaccard similarity of two normalised strings. */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>(java.util.Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(java.util.Arrays.asList(b.split(" ")));
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return inter.size() / (double) union.size();
    }

    /** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
            if (ws) {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') b.setLength(len - 1);
        return b.toString();
    }
}
