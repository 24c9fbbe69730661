package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final ClusterSettings settings;
    private final List<Map<Long, IntList>> bands = new ArrayList<>();
    private final Map<Long, IntList> samples = new HashMap<>();

    NearDuplicateIndex(ClusterSettings settings) {
        this.settings = settings;
        for (int b = 0; b < settings.bands(); b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Duplicates of {@code d} among the indexed documents, then indexes {@code d}. */
    List<Match> matchAndAdd(Doc d, List<Doc> docs) {
        TreeMap<Integer, Integer> sampleHits = new TreeMap<>();
        java.util.TreeSet<Integer> lsh = new java.util.TreeSet<>();
        int rows = settings.minHashes() / settings.bands();
        boolean empty = d.shingles == 0;
        long[] keys = new long[settings.bands()];
        for (int b = 0; b < settings.bands(); b++) {
            long k = b;
            for (int r = 0; r < rows; r++) {
                k = k * 0x100000001b3L + d.minHash[b * rows + r];
            }
            keys[b] = k;
            IntList bucket = empty ? null : bands.get(b).get(k);
            if (bucket != null) {
                for (int i = Math.max(0, bucket.size() - BUCKET_SCAN); i < bucket.size(); i++) {
                    lsh.add(bucket.get(i));
                }
            }
        }
        for (long h : d.sample) {
            IntList p = samples.get(h);
            if (p != null) {
                for (int i = Math.max(0, p.size() - SAMPLE_SCAN); i < p.size(); i++) {
                    sampleHits.merge(p.get(i), 1, Integer::sum);
                }
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
                bands.get(b).computeIfAbsent(keys[b], x -> new IntList()).add(d.index);
            }
            for (long h : d.sample) {
                samples.computeIfAbsent(h, x -> new IntList()).add(d.index);
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
