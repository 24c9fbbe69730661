package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Near-duplicate candidates from two sub-linear indexes: MinHash LSH banding (similar texts of similar length)
 * and an inverted index over a fixed 1-in-2^k sample of shingle hashes (subsets: a short page copied from a long
 * one has a low Jaccard but a high containment). Both read only a bounded number of postings per key.
 */
final class NearDuplicateIndex {
    /** A duplicate found for a new document. */
    record Match(Doc other, double jaccard, double containmentNewInOther, double containmentOtherInNew) {
    }

    private static final int BUCKET_SCAN = 200;
    private static final int SAMPLE_SCAN = 100;
    // only 1 in 16 shingles is indexed for subset candidates (a 60% subset of a 300-word page still shares ~11
    // indexed shingles); the per-document sample used for the containment estimate is denser (1 in 4)
    private static final long INDEX_MASK = 15;

    private final ClusterSettings settings;
    private final LongPostings bands = new LongPostings();
    private final LongPostings samples = new LongPostings();

    NearDuplicateIndex(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Duplicates of {@code d} among the indexed documents, then indexes {@code d}. */
    List<Match> matchAndAdd(Doc d, List<Doc> docs) {
        TreeMap<Integer, Integer> sampleHits = new TreeMap<>();
        java.util.TreeSet<Integer> lsh = new java.util.TreeSet<>();
        int rows = settings.minHashes() / settings.bands();
        boolean empty = d.shingles == 0;
        long[] keys = new long[settings.bands()];
        for (int b = 0; b < settings.bands(); b++) {
            long k = b + 1;
            for (int r = 0; r < rows; r++) {
                k = k * 0x100000001b3L + d.minHash[b * rows + r];
            }
            keys[b] = k;
            if (!empty) {
                bands.forEach(k, BUCKET_SCAN, lsh::add);
            }
        }
        for (long h : d.sample) {
            if ((h & INDEX_MASK) == 0) {
                samples.forEach(h, SAMPLE_SCAN, i -> sampleHits.merge(i, 1, Integer::sum));
            }
        }
        List<Match> out = new ArrayList<>();
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>(lsh);
        for (var e : sampleHits.entrySet()) {
            if (e.getValue() >= 2) {
                candidates.add(e.getKey());
            }
        }
        for (int c : candidates) {
            Doc o = docs.get(c);
            double j = jaccard(d.minHash, o.minHash);
            int inter = intersection(d.sample, o.sample);
            double cNew = d.sample.length == 0 ? j : (double) inter / d.sample.length;
            double cOld = o.sample.length == 0 ? j : (double) inter / o.sample.length;
            // a sample of fewer than 4 shingles is too small to trust for containment
            if (d.sample.length < 4 || o.sample.length < 4) {
                cNew = Math.min(cNew, j);
                cOld = Math.min(cOld, j);
            }
            if (j >= settings.duplicateJaccard() || cNew >= settings.duplicateContainment()
                    || cOld >= settings.duplicateContainment()) {
                out.add(new Match(o, j, cNew, cOld));
            }
        }
        if (!empty) {
            for (int b = 0; b < settings.bands(); b++) {
                bands.add(keys[b], d.index);
            }
            for (long h : d.sample) {
                if ((h & INDEX_MASK) == 0) {
                    samples.add(h, d.index);
                }
            }
        }
        return out;
    }

    static double jaccard(int[] a, int[] b) {
        int eq = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                eq++;
            }
        }
        return (double) eq / a.length;
    }

    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
