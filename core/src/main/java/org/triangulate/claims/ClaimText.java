package org.triangulate.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text helpers for claim extraction: sentence boundaries, folding for comparison, transliteration folding of
 * names and edit distance. Private to this package until the shared {@code org.triangulate.text} package lands.
 */
final class ClaimText {
    private ClaimText() {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "st", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "inc", "corp", "ltd", "co", "gov", "sen", "rep");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"”’)]*\\s+(?=[\"“‘(]?[\\p{Lu}\\p{N}])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DIGIT_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern ISE = Pattern.compile("is(e|ed|es|ing)$");
    private static final Pattern OUR = Pattern.compile("our$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Character offsets where sentences start in a paragraph (always includes 0). */
    static List<Integer> sentenceStarts(String p) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_END.matcher(p);
        while (m.find()) {
            // the word before the mark, found without copying the paragraph up to it (quadratic on long paragraphs)
            int end = m.start();
            int sp = end - 1;
            while (sp >= 0 && p.charAt(sp) != ' ' && p.charAt(sp) != '(') {
                sp--;
            }
            String last = p.substring(sp + 1, end).toLowerCase(Locale.ROOT);
            if ((last.length() == 1 && Character.isLetter(last.charAt(0))) || ABBREVIATIONS.contains(last)) {
                continue;
            }
            starts.add(m.end());
        }
        return starts;
    }

    /** Start of the sentence containing offset {@code at}. */
    static int sentenceStart(String p, int at) {
        int best = 0;
        for (int s : sentenceStarts(p)) {
            if (s <= at) {
                best = s;
            }
        }
        return best;
    }

    /** End (exclusive) of the sentence containing offset {@code at}. */
    static int sentenceEnd(String p, int at) {
        for (int s : sentenceStarts(p)) {
            if (s > at) {
                return s;
            }
        }
        return p.length();
    }

    static String stripDiacritics(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Lower-case word tokens without diacritics, British spellings folded ("authorisation" → "authorization"). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(DIGIT_COMMA.matcher(stripDiacritics(s).toLowerCase(Locale.ROOT)).replaceAll(""));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 5) {
                w = OUR.matcher(ISE.matcher(w.replace("isation", "ization")).replaceFirst("iz$1"))
                        .replaceFirst("or");
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Folds a name for comparing transliterations: diacritics and case dropped, "zh"→"z", "kh"→"h", "y"→"i",
     * "w"→"v", "ph"→"f", doubled letters collapsed ("Zaporizhzhia" and "Zaporizhia" both → "zaporizia";
     * "Dmitry" and "Dmitri" → "dmitri").
     */
    static String foldName(String name) {
        String s = NOT_LETTER.matcher(POSSESSIVE.matcher(stripDiacritics(name).toLowerCase(Locale.ROOT))
                .replaceAll("")).replaceAll("").strip();
        s = s.replace("zh", "z").replace("kh", "h").replace("y", "i").replace("w", "v").replace("ph", "f");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Edit distance divided by the longer length (0 = equal, 1 = nothing in common). */
    static double distance(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 0 : levenshtein(a, b) / (double) max;
    }
}
