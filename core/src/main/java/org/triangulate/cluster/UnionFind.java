package org.triangulate.cluster;

import java.util.Arrays;

/** Growable disjoint sets over 0..n-1; the root of a set is its smallest element, so roots are stable. */
final class UnionFind {
    private int[] parent = new int[16];
    private int n;

    int add() {
        if (n == parent.length) {
            parent = Arrays.copyOf(parent, n * 2);
        }
        parent[n] = n;
        return n++;
    }

    int find(int x) {
        int r = x;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[x] != r) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    /** Joins the sets of a and b; returns the surviving root (the smaller). */
    int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        int lo = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = lo;
        return lo;
    }
}
