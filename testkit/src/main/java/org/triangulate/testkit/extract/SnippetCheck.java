package org.triangulate.testkit.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WCXB's snippet checks (shared/data/README.md, "optional extra checks"): which {@code with} snippets (3–8 words a
 * correct extraction must contain) the output contains, and which {@code without} snippets (boilerplate it must
 * not contain) leaked into it. Matching is a case-insensitive substring match on whitespace-collapsed text, after
 * NFKC folding and with typographic quotes and dashes read as their ASCII forms: the gold snippets write
 * "they're" where the page itself has "they’re", and the tokens of the F1 score drop both marks anyway.
 *
 * @param missing the {@code with} snippets the output lacks, in gold order
 * @param leaked  the {@code without} snippets the output contains, in gold order
 */
public record SnippetCheck(int withCount, int withFound, int withoutCount, int withoutLeaked, List<String> missing,
                           List<String> leaked) {

    public SnippetCheck {
        missing = List.copyOf(missing);
        leaked = List.copyOf(leaked);
    }

    /** The check of {@code text} against the gold snippets, or null when the gold has none. */
    public static SnippetCheck of(String text, List<String> with, List<String> without) {
        if (with.isEmpty() && without.isEmpty()) return null;
        String t = fold(text);
        List<String> missing = new ArrayList<>();
        for (String s : with) {
            if (!t.contains(fold(s))) missing.add(s);
        }
        List<String> leaked = new ArrayList<>();
        for (String s : without) {
            if (t.contains(fold(s))) leaked.add(s);
        }
        return new SnippetCheck(with.size(), with.size() - missing.size(), without.size(), leaked.size(), missing,
                leaked);
    }

    /** Lower case, NFKC, curly quotes and en/em dashes as ASCII, every whitespace run one space. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) b.append(' ');
                space = true;
                continue;
            }
            space = false;
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            });
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') b.setLength(end - 1);
        return b.toString();
    }
}
