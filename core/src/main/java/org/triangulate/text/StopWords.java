package org.triangulate.text;

import java.util.Set;

/** English function words (a common IR list, lower-case, folded). */
public final class StopWords {
    private static final Set<String> ENGLISH = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
            "don't", "down", "during", "each", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't",
            "have", "haven't", "having", "he", "he'd", "he'll", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its",
            "itself", "just", "let's", "may", "me", "might", "more", "most", "must", "mustn't", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours",
            "ourselves", "out", "over", "own", "same", "shall", "she", "she'd", "she'll", "should", "shouldn't",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through", "to",
            "too", "under", "until", "up", "upon", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're",
            "we've", "were", "weren't", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
            "why", "will", "with", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've",
            "your", "yours", "yourself", "yourselves", "however", "although", "though", "since", "within",
            "without", "among", "across", "per", "via", "according", "around", "still", "even", "ever", "many",
            "much", "another", "every", "either", "neither", "s", "t", "mr", "mrs", "ms");

    private StopWords() {
    }

    /** True for an English function word; expects a lower-case, folded token. */
    public static boolean isStopWord(String lowerToken) {
        return ENGLISH.contains(lowerToken);
    }
}
