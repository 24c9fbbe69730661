package org.triangulate.cluster;

/** An article's clustering features. Term vectors hold sublinear term frequencies; IDF is applied later. */
final class Doc {
    static final long UNDATED = Long.MIN_VALUE;

    final int index;
    final String id;
    /** Publish time in epoch seconds, or {@link #UNDATED}. */
    final long time;
    final SparseVector terms;
    final SparseVector entities;
    final SparseVector headline;
    final int[] minHash;
    /** Sorted distinct sampled shingle hashes (containment estimates). */
    final long[] sample;
    /** Distinct shingles in the text. */
    final int shingles;

    Doc(int index, String id, long time, SparseVector terms, SparseVector entities, SparseVector headline,
        int[] minHash, long[] sample, int shingles) {
        this.index = index;
        this.id = id;
        this.time = time;
        this.terms = terms;
        this.entities = entities;
        this.headline = headline;
        this.minHash = minHash;
        this.sample = sample;
        this.shingles = shingles;
    }

    boolean dated() {
        return time != UNDATED;
    }
}
