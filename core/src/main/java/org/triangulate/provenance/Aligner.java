package org.triangulate.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.extract.Article;

/**
 * Aligns the sentences of one article with the sentences of another. A sentence matches its best source passage
 * (one sentence, or two consecutive ones, since copies often merge or split sentences) by two measures:
 * <ul>
 *   <li>word-trigram containment: the share of the sentence's word 3-grams found in the passage — high for
 *       copied text, tolerant of cuts and small copy errors;</li>
 *   <li>content-word containment: the share of the sentence's content words (stop words removed, crudely stemmed,
 *       British/American spelling folded) found in the passage — what survives a paraphrase.</li>
 * </ul>
 */
final class Aligner {
    /*
     * Thresholds chosen on the seed corpus (demo/seeds: four copies of one Reuters report, verbatim to paraphrase)
     * and checked by hand against the unit-test snippets: copied sentences with one or two word changes keep
     * >= 0.5 of their trigrams; retold sentences keep >= 0.5 of their content words but rarely 0.3 of trigrams;
     * unrelated sentences on the same topic share < 0.4 of content words.
     */
    static final double VERBATIM_TRIGRAMS = 0.9;
    static final double NEAR_VERBATIM_TRIGRAMS = 0.5;
    static final double PARAPHRASE_CONTENT = 0.5;
    static final int PARAPHRASE_MIN_SHARED = 3;

    /** One sentence, prepared for comparison. */
    record Sent(int paragraph, String text, int words, long[] grams, Set<String> content) {
    }

    /** One article, split into prepared sentences, with an index from content word to sentences. */
    record Doc(Article article, List<Sent> sents, int words, Map<String, List<Integer>> index,
               Map<Long, int[]> gramIndex) {
        String id() {
            return article.id();
        }
    }

    /** The best match of one sentence in another article; kind null when nothing matched. */
    record Match(PassageKind kind, double score, int target, int target2) {
        static final Match NONE = new Match(null, 0, -1, -1);

        boolean matched() {
            return kind != null;
        }
    }

    private Aligner() {
    }

    static Doc prepare(Article a) {
        List<Sent> sents = new ArrayList<>();
        int total = 0;
        for (int p = 0; p < a.paragraphs().size(); p++) {
            for (String s : Text.sentences(a.paragraphs().get(p))) {
                List<String> tokens = Text.tokens(s);
                if (tokens.isEmpty()) {
                    continue;
                }
                Set<String> content = new HashSet<>();
                for (String t : tokens) {
                    if (!Text.isStop(t)) {
                        content.add(Text.stem(t));
                    }
                }
                int w = Text.words(s);
                total += w;
                sents.add(new Sent(p, s, w, grams(tokens), content));
            }
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < sents.size(); i++) {
            for (String c : sents.get(i).content()) {
                index.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, List<Integer>> grams = new HashMap<>();
        for (int i = 0; i < sents.size(); i++) {
            long prev = 0;
            boolean first = true;
            for (long g : sents.get(i).grams()) {
                if (first || g != prev) {
                    grams.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
                }
                prev = g;
                first = false;
            }
        }
        Map<Long, int[]> gramIndex = new HashMap<>();
        grams.forEach((g, l) -> gramIndex.put(g, l.stream().mapToInt(Integer::intValue).toArray()));
        return new Doc(a, List.copyOf(sents), total, index, gramIndex);
    }

    /** Sorted hashes of word 3-grams (or of the single words, for sentences under three words). */
    private static long[] grams(List<String> tokens) {
        int n = tokens.size() >= 3 ? 3 : 1;
        long[] g = new long[tokens.size() - n + 1];
        for (int i = 0; i < g.length; i++) {
            long h = 1125899906842597L;
            for (int j = 0; j < n; j++) {
                h = 31 * h + tokens.get(i + j).hashCode();
                h ^= (h >>> 29);
            }
            g[i] = h * n; // unigram and trigram hashes live in different ranges most of the time
        }
        Arrays.sort(g);
        return g;
    }

    /** For each sentence of {@code a}, its best match in {@code b}. */
    static Match[] align(Doc a, Doc b) {
        Match[] out = new Match[a.sents().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = best(a.sents().get(i), b);
        }
        return out;
    }

    /**
     * The best passage of {@code b} for sentence {@code s}: counts, through {@code b}'s indexes, how many of the
     * sentence's distinct trigrams and content words each sentence (and each two-sentence window) of {@code b} holds.
     */
    static Match best(Sent s, Doc b) {
        int m = b.sents().size();
        if (m == 0) {
            return Match.NONE;
        }
        int[] g1 = new int[m];
        int[] gw = new int[m];
        int[] c1 = new int[m];
        int[] cw = new int[m];
        int[] stamp = new int[m];
        int distinctGrams = 0;
        long prev = 0;
        boolean first = true;
        for (long g : s.grams()) {
            if (!first && g == prev) {
                continue;
            }
            first = false;
            prev = g;
            distinctGrams++;
            count(b.gramIndex().get(g), g1, gw, stamp, distinctGrams);
        }
        int key = distinctGrams;
        for (String c : s.content()) {
            List<Integer> occ = b.index().get(c);
            key++;
            if (occ != null) {
                for (int t : occ) {
                    c1[t]++;
                }
                for (int t : occ) {
                    for (int w = t - 1; w <= t; w++) {
                        if (w >= 0 && w + 1 < m && stamp[w] != key) {
                            stamp[w] = key;
                            cw[w]++;
                        }
                    }
                }
            }
        }
        boolean shortSentence = s.words() < 3;
        int contentSize = s.content().size();
        Match best = Match.NONE;
        for (int j = 0; j < m; j++) {
            if (g1[j] == 0 && c1[j] == 0 && gw[j] == 0 && cw[j] == 0) {
                continue;
            }
            best = better(best, judge(g1[j], c1[j], distinctGrams, contentSize, shortSentence, j, -1));
            if (j + 1 < m) {
                best = better(best, judge(gw[j], cw[j], distinctGrams, contentSize, shortSentence, j, j + 1));
            }
        }
        return best;
    }

    private static void count(int[] occ, int[] single, int[] window, int[] stamp, int key) {
        if (occ == null) {
            return;
        }
        int m = single.length;
        for (int t : occ) {
            single[t]++;
            for (int w = t - 1; w <= t; w++) {
                if (w >= 0 && w + 1 < m && stamp[w] != key) {
                    stamp[w] = key;
                    window[w]++;
                }
            }
        }
    }

    private static Match judge(int grams, int content, int gramCount, int contentCount, boolean shortSentence,
                               int j, int j2) {
        double g = gramCount == 0 ? 0 : grams / (double) gramCount;
        if (shortSentence) {
            g = Math.min(g, NEAR_VERBATIM_TRIGRAMS); // "Why?" is weak evidence on its own
        }
        if (g >= VERBATIM_TRIGRAMS) {
            return new Match(PassageKind.VERBATIM, g, j, j2);
        }
        if (g >= NEAR_VERBATIM_TRIGRAMS) {
            return new Match(PassageKind.NEAR_VERBATIM, g, j, j2);
        }
        if (contentCount == 0) {
            return Match.NONE;
        }
        double c = content / (double) contentCount;
        if (c >= PARAPHRASE_CONTENT && content >= PARAPHRASE_MIN_SHARED) {
            return new Match(PassageKind.PARAPHRASE, c, j, j2);
        }
        return Match.NONE;
    }

    private static Match better(Match a, Match b) {
        if (!b.matched()) {
            return a;
        }
        if (!a.matched()) {
            return b;
        }
        int ra = rank(a.kind());
        int rb = rank(b.kind());
        if (rb != ra) {
            return rb > ra ? b : a;
        }
        // a single-sentence match beats a two-sentence window with the same score
        return b.score() > a.score() + 1e-9 ? b : a;
    }

    static int rank(PassageKind k) {
        return k == null ? 0 : switch (k) {
            case VERBATIM -> 3;
            case NEAR_VERBATIM -> 2;
            case PARAPHRASE -> 1;
            case ADDITION -> 0;
        };
    }
}
