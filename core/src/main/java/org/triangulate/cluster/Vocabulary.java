package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids and document frequencies, updated incrementally as articles arrive; IDF is read at comparison
 * time so that old articles are weighed with current statistics.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> surfaces = new ArrayList<>();
    private int[] df = new int[1024];
    private int docs;

    int id(String key, String surface) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int n = surfaces.size();
        ids.put(key, n);
        surfaces.add(surface);
        if (n >= df.length) {
            df = Arrays.copyOf(df, df.length * 2);
        }
        return n;
    }

    /** Counts one document containing each of the (distinct) term ids. */
    void addDocument(int[] distinctIds) {
        docs++;
        for (int id : distinctIds) {
            df[id]++;
        }
    }

    int docs() {
        return docs;
    }

    int df(int id) {
        return df[id];
    }

    /** Smoothed IDF: ln((N + 1) / (df + 1)) + 1. */
    double idf(int id) {
        return Math.log((docs + 1.0) / (df[id] + 1.0)) + 1.0;
    }

    String surface(int id) {
        return surfaces.get(id);
    }
}
