package org.triangulate.testkit.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extraction scoring as defined in {@code shared/data/README.md}: lower-cased whitespace tokens with every
 * Unicode punctuation character removed, compared as bags (multisets); and word 4-gram shingles (the
 * scrapinghub article-extraction-benchmark metric).
 */
public final class TokenScores {
    /** Precision, recall and F1 of one comparison. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(long overlap, long output, long expected) {
            if (output == 0 && expected == 0) return new Prf(1, 1, 1);
            if (output == 0 || expected == 0) return new Prf(0, 0, 0);
            double p = overlap / (double) output;
            double r = overlap / (double) expected;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private TokenScores() {
    }

    /** The README's tokens: lower-case, split on whitespace, punctuation (P*) removed, empties dropped. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[\\s\\u00A0\\u2007\\u202F]+")) {
            StringBuilder b = new StringBuilder(raw.length());
            raw.codePoints().filter(cp -> !isPunctuation(cp)).forEach(b::appendCodePoint);
            if (!b.isEmpty()) out.add(b.toString());
        }
        return out;
    }

    private static boolean isPunctuation(int cp) {
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** Bag-of-tokens precision/recall/F1 of {@code output} against {@code expected}. */
    public static Prf bag(String output, String expected) {
        return compare(tokens(output), tokens(expected));
    }

    /** Word 4-gram shingle precision/recall/F1 (multisets; texts shorter than 4 tokens count as one shingle). */
    public static Prf shingles(String output, String expected) {
        return compare(shingles(tokens(output)), shingles(tokens(expected)));
    }

    static List<String> shingles(List<String> tokens) {
        List<String> out = new ArrayList<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < 4) {
            out.add(String.join(" ", tokens));
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + 4)));
        }
        return out;
    }

    private static Prf compare(List<String> out, List<String> exp) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : exp) counts.merge(t, 1, Integer::sum);
        long overlap = 0;
        for (String t : out) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                overlap++;
                counts.put(t, c - 1);
            }
        }
        return Prf.of(overlap, out.size(), exp.size());
    }
}
