package org.triangulate.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An event being built inside a region: members, explanations and bounded centroids. */
final class Event {
    final Doc sortKey;
    final IntList members = new IntList();
    final List<Membership> memberships = new ArrayList<>();
    SparseVector terms = SparseVector.EMPTY;
    SparseVector entities = SparseVector.EMPTY;
    SparseVector headline = SparseVector.EMPTY;
    long min = Doc.UNDATED;
    long max = Doc.UNDATED;

    Event(Doc founder) {
        this.sortKey = founder;
    }

    void absorb(SparseVector t, SparseVector e, SparseVector h, long tMin, long tMax, int bound) {
        terms = terms.plus(t, 1f).top(bound);
        entities = entities.plus(e, 1f).top(bound);
        headline = headline.plus(h, 1f).top(bound);
        if (tMin != Doc.UNDATED) {
            min = min == Doc.UNDATED ? tMin : Math.min(min, tMin);
            max = max == Doc.UNDATED ? tMax : Math.max(max, tMax);
        }
    }

    EventCluster toCluster(String id, Vocabulary vocab, List<Doc> docs) {
        List<String> articleIds = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            articleIds.add(docs.get(members.get(i)).id);
        }
        return new EventCluster(id, articleIds, memberships, surfaces(terms, vocab, 8, false),
                surfaces(entities, vocab, 6, true), instant(min), instant(max));
    }

    static List<String> surfaces(SparseVector v, Vocabulary vocab, int k, boolean namesOnly) {
        List<String> out = new ArrayList<>();
        for (int i : v.strongest(k * 2)) {
            String s = vocab.surface(v.ids[i]);
            if (namesOnly && !s.isEmpty() && Character.isDigit(s.charAt(0))) {
                continue; // years are entity features but not names
            }
            if (out.size() < k) {
                out.add(s);
            }
        }
        return out;
    }

    private static Instant instant(long t) {
        return t == Doc.UNDATED ? null : Instant.ofEpochSecond(t);
    }
}
