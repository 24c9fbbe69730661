package org.triangulate.cluster;

import java.util.Arrays;

/**
 * A compact multimap from 64-bit keys to int postings, newest first: open addressing for the keys and one
 * linked chain per key through parallel int arrays. About 16 bytes per posting instead of ~100 with boxed
 * {@code HashMap<Long, IntList>} entries, which matters for millions of documents with dozens of keys each.
 */
final class LongPostings {
    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;
    private int[] values = new int[1024];
    private int[] next = new int[1024];
    private int postings;

    void add(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            heads[slot] = -1;
            size++;
        }
        if (postings == values.length) {
            values = Arrays.copyOf(values, postings * 2);
            next = Arrays.copyOf(next, postings * 2);
        }
        values[postings] = value;
        next[postings] = heads[slot];
        heads[slot] = postings++;
    }

    /** Calls {@code sink} with up to {@code limit} postings of {@code key}, newest first. */
    void forEach(long key, int limit, java.util.function.IntConsumer sink) {
        int slot = slot(key);
        if (!used[slot]) {
            return;
        }
        for (int p = heads[slot], n = 0; p >= 0 && n < limit; p = next[p], n++) {
            sink.accept(values[p]);
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (org.triangulate.text.Shingles.mix(key) & mask);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        heads = new int[keys.length];
        used = new boolean[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                used[s] = true;
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }
}
