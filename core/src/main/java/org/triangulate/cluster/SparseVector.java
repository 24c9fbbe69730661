package org.triangulate.cluster;

import java.util.Arrays;

/** A sparse vector with term ids in ascending order. Immutable by convention. */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    final int[] ids;
    final float[] values;

    SparseVector(int[] ids, float[] values) {
        this.ids = ids;
        this.values = values;
    }

    int size() {
        return ids.length;
    }

    double norm() {
        double s = 0;
        for (float v : values) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }

    static double dot(SparseVector a, SparseVector b) {
        int i = 0;
        int j = 0;
        double s = 0;
        while (i < a.ids.length && j < b.ids.length) {
            int x = a.ids[i];
            int y = b.ids[j];
            if (x == y) {
                s += (double) a.values[i++] * b.values[j++];
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    static double cosine(SparseVector a, SparseVector b) {
        if (a.ids.length == 0 || b.ids.length == 0) {
            return 0;
        }
        double na = a.norm();
        double nb = b.norm();
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    /** Re-weights by IDF and normalises to unit length. */
    SparseVector weighted(Vocabulary vocab) {
        float[] w = new float[ids.length];
        double s = 0;
        for (int i = 0; i < ids.length; i++) {
            w[i] = (float) (values[i] * vocab.idf(ids[i]));
            s += (double) w[i] * w[i];
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int i = 0; i < w.length; i++) {
                w[i] *= inv;
            }
        }
        return new SparseVector(ids, w);
    }

    /** this + scale * other. */
    SparseVector plus(SparseVector o, float scale) {
        int[] ri = new int[ids.length + o.ids.length];
        float[] rv = new float[ri.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < o.ids.length) {
            if (j >= o.ids.length || i < ids.length && ids[i] < o.ids[j]) {
                ri[n] = ids[i];
                rv[n++] = values[i++];
            } else if (i >= ids.length || o.ids[j] < ids[i]) {
                ri[n] = o.ids[j];
                rv[n++] = scale * o.values[j++];
            } else {
                ri[n] = ids[i];
                rv[n++] = values[i++] + scale * o.values[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(ri, n), Arrays.copyOf(rv, n));
    }

    /** Keeps the {@code k} largest entries (ties broken by lower id), so centroids stay bounded. */
    SparseVector top(int k) {
        if (ids.length <= k) {
            return this;
        }
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> values[x] != values[y] ? Float.compare(values[y], values[x])
                : Integer.compare(ids[x], ids[y]));
        int[] keep = new int[k];
        for (int i = 0; i < k; i++) {
            keep[i] = order[i];
        }
        Arrays.sort(keep);
        int[] ri = new int[k];
        float[] rv = new float[k];
        for (int i = 0; i < k; i++) {
            ri[i] = ids[keep[i]];
            rv[i] = values[keep[i]];
        }
        return new SparseVector(ri, rv);
    }

    /** Indices of entries sorted by value descending (ties by id). */
    int[] strongest(int k) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> values[x] != values[y] ? Float.compare(values[y], values[x])
                : Integer.compare(ids[x], ids[y]));
        int n = Math.min(k, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
