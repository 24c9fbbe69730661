package org.triangulate.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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

    /** One article, split into prepared sentences. */
    record Doc(Article article, List<Sent> sents, int words) {
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
        return new Doc(a, List.copyOf(sents), total);
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

    static Match best(Sent s, Doc b) {
        Match best = Match.NONE;
        List<Sent> ts = b.sents();
        for (int j = 0; j < ts.size(); j++) {
            best = better(best, compare(s, ts.get(j), null, j, -1));
            if (j + 1 < ts.size()) {
                best = better(best, compare(s, ts.get(j), ts.get(j + 1), j, j + 1));
            }
        }
        return best;
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

    private static Match compare(Sent s, Sent t, Sent t2, int j, int j2) {
        double grams = gramContainment(s, t, t2);
        if (grams >= VERBATIM_TRIGRAMS) {
            return new Match(PassageKind.VERBATIM, grams, j, j2);
        }
        if (grams >= NEAR_VERBATIM_TRIGRAMS) {
            return new Match(PassageKind.NEAR_VERBATIM, grams, j, j2);
        }
        if (s.content().isEmpty()) {
            return Match.NONE;
        }
        int shared = 0;
        for (String c : s.content()) {
            if (t.content().contains(c) || (t2 != null && t2.content().contains(c))) {
                shared++;
            }
        }
        double content = shared / (double) s.content().size();
        if (content >= PARAPHRASE_CONTENT && shared >= PARAPHRASE_MIN_SHARED) {
            return new Match(PassageKind.PARAPHRASE, content, j, j2);
        }
        return Match.NONE;
    }

    private static double gramContainment(Sent s, Sent t, Sent t2) {
        if (s.grams().length == 0) {
            return 0;
        }
        boolean unigram = s.words() < 3;
        int found = 0;
        for (long g : s.grams()) {
            if (Arrays.binarySearch(t.grams(), g) >= 0 || (t2 != null && Arrays.binarySearch(t2.grams(), g) >= 0)) {
                found++;
            }
        }
        double c = found / (double) s.grams().length;
        // a one- or two-word sentence ("Why?") is weak evidence on its own: never more than near-verbatim
        return unigram ? Math.min(c, NEAR_VERBATIM_TRIGRAMS) : c;
    }
}
