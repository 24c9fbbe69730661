package org.triangulate.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language hint used only as a zone signal (real language detection is done elsewhere): Ukrainian-only
 * Cyrillic letters, otherwise the most frequent of a few languages' commonest function words.
 */
final class LanguageHints {
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "said"),
            "de", Set.of("der", "die", "und", "das", "nicht", "mit", "ist", "den", "sich", "auf"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "una", "por", "con", "para"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "из"),
            "uk", Set.of("і", "та", "не", "на", "що", "з", "до", "це", "як", "із"));

    /** Minimum stop-word hits before a guess is made; below this the text is too short to say. */
    private static final int MIN_HITS = 5;

    private LanguageHints() {
    }

    static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.codePoints().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0)
                && text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count() > 20) {
            return "uk";
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        List<String> tokens = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        for (String t : tokens) {
            for (var e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(t)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = MIN_HITS - 1;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return best;
    }

    static String how(String language) {
        return language == null ? "text (no guess)" : "uk".equals(language) ? "letters/function words" : "function words";
    }
}
