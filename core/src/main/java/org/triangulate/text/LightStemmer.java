package org.triangulate.text;

/**
 * A light English stemmer (in the spirit of Harman's S-stemmer plus -ing/-ed/-ly): conflates inflections
 * ("ceasefires"→"ceasefire", "talks"→"talk", "agreed"→"agree", "reporting"→"report") without Porter's
 * over-stemming. Expects lower-case tokens; short tokens and tokens with digits are returned unchanged.
 */
public final class LightStemmer {
    private LightStemmer() {
    }

    public static String stem(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4 && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("es") && n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("zes"))) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && n > 3) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("ing") && n > 6) {
            return undouble(w.substring(0, n - 3));
        }
        if (w.endsWith("ied") && n > 5) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ed") && n > 5 && !w.endsWith("eed")) {
            return undouble(w.substring(0, n - 2));
        }
        if (w.endsWith("ly") && n > 6) {
            return w.substring(0, n - 2);
        }
        return w;
    }

    // "stopped" -> "stopp" -> "stop"; keeps "ll"/"ss" ("killed" -> "kill").
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && !isVowel(s.charAt(n - 1))) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
