package org.triangulate.provenance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text helpers for passage alignment: sentence splitting, word tokens folded for comparison
 * (case, diacritics, British/American spelling), a crude stemmer and English stop words.
 * Kept private to this package until the shared {@code org.triangulate.text} package lands.
 */
final class Text {
    private Text() {
    }

    /** Abbreviations after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "st", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "inc", "corp", "ltd", "co", "rep", "sen",
            "gov", "lt.col", "approx");

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "into", "onto", "over", "under", "about", "than", "then",
            "that", "this", "these", "those", "there", "here", "which", "who", "whom", "whose", "what", "when",
            "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
            "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it",
            "its", "he", "him", "his", "she", "her", "they", "them", "their", "we", "our", "us", "you", "your", "i",
            "me", "my", "not", "no", "so", "such", "any", "all", "some", "also", "only", "just", "very", "more",
            "most", "other", "own", "same", "both", "each", "few", "further", "up", "down", "out", "off", "again",
            "said", "says", "say", "told", "according", "while", "since", "until", "after", "before", "because",
            "through", "during", "against", "between", "one", "two", "s", "t");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ISE = Pattern.compile("is(e|ed|es|ing)$");
    private static final Pattern OUR = Pattern.compile("our(s?)$");
    private static final Pattern TRE = Pattern.compile("tre(s?)$");
    private static final Pattern DIGIT_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"”’)\\]]*\\s+(?=[\"“‘(\\[]?[\\p{Lu}\\p{N}])");

    /** Splits a paragraph into sentences; never returns an empty list for non-blank input. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        String p = paragraph.strip();
        if (p.isEmpty()) {
            return out;
        }
        Matcher m = SENTENCE_END.matcher(p);
        int start = 0;
        while (m.find()) {
            String before = p.substring(start, m.start());
            if (endsWithAbbreviation(before)) {
                continue;
            }
            String s = p.substring(start, m.end()).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = m.end();
        }
        String rest = p.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String before) {
        int sp = Math.max(before.lastIndexOf(' '), before.lastIndexOf('('));
        String last = before.substring(sp + 1).toLowerCase(Locale.ROOT);
        if (last.length() == 1 && Character.isLetter(last.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(last);
    }

    /** Folds case and diacritics and normalises apostrophes and digit-group commas. */
    static String fold(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = DIGIT_COMMA.matcher(n).replaceAll("");
        return n.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Word tokens, folded, possessive 's removed, dotted abbreviations joined ("U.S." → "us"). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            w = w.replace(".", "").replace("'", "");
            if (!w.isEmpty()) {
                out.add(spelling(w));
            }
        }
        return out;
    }

    /** British to American spelling for comparison only ("authorisation" ~ "authorization"). */
    static String spelling(String w) {
        if (w.length() < 5) {
            return w;
        }
        if (w.contains("isation")) {
            return w.replace("isation", "ization");
        }
        if (w.endsWith("ise") || w.endsWith("ised") || w.endsWith("ises") || w.endsWith("ising")) {
            return ISE.matcher(w).replaceFirst("iz$1");
        }
        if (w.endsWith("our") || w.endsWith("ours")) {
            return OUR.matcher(w).replaceFirst("or$1");
        }
        if (w.endsWith("tre") || w.endsWith("tres")) {
            return TRE.matcher(w).replaceFirst("ter$1");
        }
        if (w.endsWith("ence")) {
            return w.substring(0, w.length() - 4) + "ense";
        }
        return w;
    }

    static boolean isStop(String token) {
        return STOP.contains(token);
    }

    /** A crude suffix stripper: enough to match "controls"/"controlled"/"control" in paraphrases. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 5 && s.endsWith("ly")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && !Character.isDigit(s.charAt(n - 1))) {
            s = s.substring(0, n - 1); // "controll(ed)" ~ "control"
        }
        return s;
    }

    /** Number of whitespace-separated words. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }
}
