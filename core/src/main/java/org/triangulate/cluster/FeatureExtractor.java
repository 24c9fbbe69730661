package org.triangulate.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.triangulate.extract.Article;
import org.triangulate.text.EntityMentions;
import org.triangulate.text.LightStemmer;
import org.triangulate.text.Shingles;
import org.triangulate.text.StopWords;
import org.triangulate.text.Tokenizer;

/**
 * Turns an article into clustering features: stemmed content terms, capitalised-phrase entity tokens and
 * years mentioned in the text, headline terms, and shingle MinHash/sample for near-duplicates.
 */
final class FeatureExtractor {
    /** Words frequent in any news report whatever the event; they carry no event signal. */
    private static final Set<String> NEWS_WORDS = Set.of("said", "say", "says", "told", "tell", "report",
            "reported", "reports", "according", "new", "news", "year", "years", "one", "two", "three", "first",
            "last", "week", "day", "time", "people", "like", "get", "got", "make", "made", "well", "back", "going",
            "go", "take", "took", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "would", "could", "percent", "including", "added", "called",
            "based", "use", "used", "way", "want", "know", "think", "see", "come", "came", "many", "read", "more");
    private static final Set<String> ENTITY_NOISE = Set.of("president", "minister", "prime", "mr", "mrs", "ms",
            "dr", "the", "news", "said", "chief", "state", "states", "secretary", "general", "former", "officials",
            "government", "police", "i", "it", "we", "he", "she", "they", "but", "in", "on", "at", "a", "an", "and");

    private final ClusterSettings settings;
    private final long[] seeds;

    FeatureExtractor(ClusterSettings settings) {
        this.settings = settings;
        this.seeds = new long[settings.minHashes()];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < seeds.length; i++) {
            s = Shingles.mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    Doc features(int index, Article a, Vocabulary vocab) {
        String body = String.join("\n", a.paragraphs());
        String title = a.title() == null ? "" : a.title().strip();
        List<String> bodyTokens = Tokenizer.lowerWords(body);

        TreeMap<Integer, Float> terms = new TreeMap<>();
        TreeMap<Integer, Float> entities = new TreeMap<>();
        TreeMap<Integer, Float> headline = new TreeMap<>();
        for (String t : Tokenizer.lowerWords(title)) {
            addTerm(t, terms, vocab);
        }
        for (String t : bodyTokens) {
            addTerm(t, terms, vocab);
            if (isYear(t)) {
                count(entities, vocab.id("#" + t, t));
            } else if (isQuantity(t)) {
                // quantities (magnitudes, tolls, scores) tell apart same-kind events: "6.1" vs "5.9"
                count(entities, vocab.id("#" + t, t));
            }
        }
        List<String> lead = title.isEmpty() ? leadTokens(a) : Tokenizer.lowerWords(title);
        for (String t : lead) {
            String k = termKey(t);
            if (k != null) {
                count(headline, vocab.id(k, t));
            }
        }
        String entityText = title.isEmpty() ? body : title + "\n" + body;
        for (EntityMentions.Mention m : EntityMentions.find(entityText)) {
            for (String w : Tokenizer.words(m.text())) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.length() < 2 || ENTITY_NOISE.contains(lw) || StopWords.isStopWord(lw)
                        || Character.isDigit(lw.charAt(0))) {
                    continue;
                }
                count(entities, vocab.id("@" + lw, w));
            }
        }

        long[] shingles = Shingles.hashes(bodyTokens, settings.shingleSize());
        long[] distinct = Arrays.stream(shingles).distinct().sorted().toArray();
        int[] minHash = minHash(distinct);
        long mask = (1L << settings.sampleBits()) - 1;
        long[] sample = Arrays.stream(distinct).filter(h -> (h & mask) == 0).toArray();
        long time = a.published() == null ? Doc.UNDATED : a.published().getEpochSecond();
        return new Doc(index, a.id(), time, sublinear(terms), sublinear(entities), sublinear(headline), minHash,
                sample, distinct.length);
    }

    private static List<String> leadTokens(Article a) {
        for (String p : a.paragraphs()) {
            List<String> toks = Tokenizer.lowerWords(p);
            if (toks.size() >= 4) {
                return toks.subList(0, Math.min(25, toks.size()));
            }
        }
        return List.of();
    }

    private static void addTerm(String t, TreeMap<Integer, Float> terms, Vocabulary vocab) {
        String k = termKey(t);
        if (k != null) {
            count(terms, vocab.id(k, t));
        }
    }

    /** The stem of a content word, or null for function words, news boilerplate words and numbers. */
    static String termKey(String lower) {
        if (lower.length() < 2 || StopWords.isStopWord(lower) || NEWS_WORDS.contains(lower)
                || !Character.isLetter(lower.charAt(0))) {
            return null;
        }
        String s = LightStemmer.stem(lower.replace("'", ""));
        return NEWS_WORDS.contains(s) ? null : s;
    }

    private static boolean isQuantity(String t) {
        if (!Character.isDigit(t.charAt(0))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return t.length() >= 2 || t.contains(".");
    }

    private static boolean isYear(String t) {
        if (t.length() != 4 || !(t.startsWith("19") || t.startsWith("20"))) {
            return false;
        }
        return Character.isDigit(t.charAt(2)) && Character.isDigit(t.charAt(3));
    }

    private static void count(TreeMap<Integer, Float> m, int id) {
        m.merge(id, 1f, Float::sum);
    }

    private static SparseVector sublinear(TreeMap<Integer, Float> counts) {
        int[] ids = new int[counts.size()];
        float[] vals = new float[ids.length];
        int i = 0;
        for (var e : counts.entrySet()) {
            ids[i] = e.getKey();
            vals[i++] = (float) (1 + Math.log(e.getValue()));
        }
        return new SparseVector(ids, vals);
    }

    /**
     * MinHash with k hash functions derived from two (h1 + i*h2, Kirsch and Mitzenmacher): one multiply-add per
     * function and shingle instead of a full mix, with the same estimator quality for Jaccard.
     */
    private int[] minHash(long[] shingles) {
        int k = seeds.length;
        long[] min = new long[k];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long h : shingles) {
            long h2 = Shingles.mix(h) | 1;
            long v = h;
            for (int i = 0; i < k; i++) {
                v += h2;
                long x = v ^ seeds[i];
                if (x < min[i]) {
                    min[i] = x;
                }
            }
        }
        int[] sig = new int[k];
        for (int i = 0; i < k; i++) {
            sig[i] = (int) (min[i] >>> 32);
        }
        return sig;
    }

}
