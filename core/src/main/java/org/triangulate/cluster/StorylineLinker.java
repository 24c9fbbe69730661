package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links events into storylines: two events are linked when they share at least {@code storyMinEntities} of
 * their key entities and their combined entity/term centroid similarity reaches {@code storyThreshold},
 * whatever the time between them. Storylines are the connected components; candidates come from an inverted
 * index over key entities, so linking is not all-pairs.
 */
final class StorylineLinker {
    private static final int KEY_ENTITIES = 8;
    // most recent events read per key entity: bounds linking cost when an entity (a country) is in thousands
    private static final int POSTINGS_SCAN = 100;

    private final ClusterSettings settings;
    private final Vocabulary vocab;

    StorylineLinker(ClusterSettings settings, Vocabulary vocab) {
        this.settings = settings;
        this.vocab = vocab;
    }

    List<Storyline> link(List<Event> events, Map<Event, String> ids) {
        UnionFind uf = new UnionFind();
        List<Set<Integer>> keys = new ArrayList<>();
        Map<Integer, IntList> postings = new HashMap<>();
        Map<Integer, List<StoryLink>> links = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            uf.add();
            Event e = events.get(i);
            Set<Integer> k = new HashSet<>();
            for (int x : e.entities.strongest(KEY_ENTITIES * 2)) {
                int id = e.entities.ids[x];
                if (!isYear(id) && k.size() < KEY_ENTITIES) {
                    k.add(id);
                }
            }
            keys.add(k);
            Map<Integer, Integer> shared = new HashMap<>();
            for (int id : k) {
                IntList p = postings.get(id);
                if (p != null) {
                    for (int q = Math.max(0, p.size() - POSTINGS_SCAN); q < p.size(); q++) {
                        shared.merge(p.get(q), 1, Integer::sum);
                    }
                }
            }
            List<Integer> cands = new ArrayList<>(shared.keySet());
            cands.sort(null);
            for (int j : cands) {
                if (shared.get(j) < settings.storyMinEntities()) {
                    continue;
                }
                Event o = events.get(j);
                double ce = SparseVector.cosine(e.entities, o.entities);
                double ct = SparseVector.cosine(e.terms, o.terms);
                double score = 0.5 * ce + 0.5 * ct;
                if (score < settings.storyThreshold() || uf.find(i) == uf.find(j)) {
                    continue;
                }
                List<String> sharedEntities = new ArrayList<>();
                for (int id : k) {
                    if (keys.get(j).contains(id)) {
                        sharedEntities.add(vocab.surface(id));
                    }
                }
                sharedEntities.sort(null);
                List<String> sharedTerms = sharedTerms(e.terms, o.terms);
                double gap = Similarity.gapHours(o.min, o.max, e.min, e.max);
                String reason = "shares " + sharedEntities.size() + " key entities (" + String.join(", ",
                        sharedEntities) + "); score " + IncrementalClusterer.fmt(score) + " >= "
                        + IncrementalClusterer.fmt(settings.storyThreshold()) + " (entities "
                        + IncrementalClusterer.fmt(ce) + ", terms " + IncrementalClusterer.fmt(ct) + ")"
                        + (Double.isNaN(gap) ? "" : "; " + Math.round(gap / 24) + " days apart");
                StoryLink link = new StoryLink(ids.get(o), ids.get(e), score, sharedEntities, sharedTerms, reason);
                int ri = uf.find(i);
                int rj = uf.find(j);
                int root = uf.union(ri, rj);
                List<StoryLink> merged = new ArrayList<>();
                merged.addAll(links.getOrDefault(ri, List.of()));
                merged.addAll(links.getOrDefault(rj, List.of()));
                merged.add(link);
                links.remove(ri);
                links.remove(rj);
                links.put(root, merged);
            }
            for (int id : k) {
                postings.computeIfAbsent(id, x -> new IntList()).add(i);
            }
        }
        Map<Integer, List<Event>> groups = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            groups.computeIfAbsent(uf.find(i), x -> new ArrayList<>()).add(events.get(i));
        }
        List<Storyline> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Event> evs = new ArrayList<>(g.getValue());
            evs.sort(java.util.Comparator.comparing((Event e) -> e.min == Doc.UNDATED)
                    .thenComparingLong(e -> e.min).thenComparing(e -> e.sortKey.id));
            List<String> evIds = new ArrayList<>();
            for (Event e : evs) {
                evIds.add(ids.get(e));
            }
            out.add(new Storyline("s" + (out.size() + 1), title(evs), evIds, links.getOrDefault(g.getKey(),
                    List.of())));
        }
        return out;
    }

    private SparseVector centrality(SparseVector v, double idfPower) {
        float[] out = new float[v.ids.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (v.values[i] / Math.pow(vocab.idf(v.ids[i]), idfPower));
        }
        return new SparseVector(v.ids, out);
    }

    private static boolean sameStem(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.length() >= 4 && y.length() >= 4 && (x.startsWith(y) || y.startsWith(x));
    }

    private boolean isYear(int id) {
        String s = vocab.surface(id);
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    private List<String> sharedTerms(SparseVector a, SparseVector b) {
        SparseVector prod = product(a, b);
        return Event.surfaces(prod, vocab, 6, false);
    }

    private static SparseVector product(SparseVector a, SparseVector b) {
        List<Integer> ids = new ArrayList<>();
        List<Float> vals = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.ids.length && j < b.ids.length) {
            if (a.ids[i] == b.ids[j]) {
                ids.add(a.ids[i]);
                vals.add(a.values[i++] * b.values[j++]);
            } else if (a.ids[i] < b.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        int[] ri = new int[ids.size()];
        float[] rv = new float[ids.size()];
        for (int k = 0; k < ri.length; k++) {
            ri[k] = ids.get(k);
            rv[k] = vals.get(k);
        }
        return new SparseVector(ri, rv);
    }

    /** The most central entities (up to three) and terms (up to two) of the storyline's events together. */
    private String title(List<Event> evs) {
        SparseVector ents = SparseVector.EMPTY;
        SparseVector terms = SparseVector.EMPTY;
        for (Event e : evs) {
            ents = ents.plus(e.entities, 1f);
            terms = terms.plus(e.terms, 1f);
        }
        // centrality inside the storyline: undo most of the IDF weighting, so that the entity every report
        // names (Putin) outranks a rare one named once
        ents = centrality(ents, 1.0);
        terms = centrality(terms, 0.5);
        List<String> names = new ArrayList<>();
        for (String n : Event.surfaces(ents, vocab, 10, true)) {
            // "Russia" and "Russian" name one thing; keep the more central
            boolean variant = names.stream().anyMatch(m -> sameStem(m, n));
            if (!variant && names.size() < 3) {
                names.add(n);
            }
        }
        Set<String> lower = new HashSet<>();
        for (String n : Event.surfaces(ents, vocab, 10, true)) {
            lower.add(n.toLowerCase(java.util.Locale.ROOT));
        }
        List<String> topics = new ArrayList<>();
        for (String t : Event.surfaces(terms, vocab, 8, false)) {
            if (topics.size() < 2 && !lower.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                topics.add(t);
            }
        }
        String head = String.join(", ", names);
        String tail = String.join(", ", topics);
        return head.isEmpty() ? tail : tail.isEmpty() ? head : head + ": " + tail;
    }
}
