package org.triangulate.cluster;

import java.util.Arrays;

/** A growable list of ints (postings, bucket members) without boxing. */
final class IntList {
    private int[] a = new int[4];
    private int n;

    void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n++] = v;
    }

    void addAll(IntList o) {
        for (int i = 0; i < o.n; i++) {
            add(o.a[i]);
        }
    }

    int size() {
        return n;
    }

    int get(int i) {
        return a[i];
    }

    int[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
