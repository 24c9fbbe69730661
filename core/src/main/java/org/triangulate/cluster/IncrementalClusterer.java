package org.triangulate.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.triangulate.extract.Article;

/**
 * Online event clustering in the style of Miranda et al. (2018), made order independent.
 *
 * <p>Each new article is compared only with candidates from sub-linear indexes (LSH and a shingle sample for
 * near-duplicates; an inverted index over each article's strongest terms and entities for related reports).
 * Pairs similar enough ({@code edgeThreshold}) or duplicated join one <em>region</em>. A region is clustered by
 * a single pass over its articles in canonical order (publish time, then id; undated last): an article (or a
 * group of near-duplicates, which always stay together) joins the event whose bounded centroid is most similar
 * if the combined similarity reaches {@code mergeThreshold}, otherwise it founds an event. The combined
 * similarity is a weighted sum of TF-IDF cosines over body terms, entities and headline terms plus a time-decay
 * feature. Only regions that received articles are re-clustered, so adding articles touches affected clusters
 * only; since a region's events depend on its articles and not on their arrival order, a corpus added at once
 * or in parts gives the same events (IDF drift aside: every region is re-clustered with fresh IDF whenever the
 * corpus has doubled since the last full pass). Regions of {@link #LARGE_REGION} articles or more (chains of
 * weak links through boilerplate shared by unrelated stories, at millions of articles) are the exception: they
 * are extended, each new article placed among the events its links point to, so the cost of a batch does not
 * grow with the region, and their events do depend on arrival order.
 */
final class IncrementalClusterer implements Clusterer {
    private static final int ENTITY_QUERY = 6;
    /**
     * Regions of at least this many articles are no longer re-clustered as a whole when touched: new articles
     * are placed among the events their links point to (online, as in Miranda et al.). Chains of weak links
     * (boilerplate sentences shared by unrelated stories) can grow a region to a sizeable share of a
     * million-article corpus, and re-clustering it on every batch made the cost super-linear. Below the bound
     * (every corpus of a few thousand articles, ECB+ included) a region's events stay independent of arrival
     * order. Set by hand and checked on the generated benchmark corpus.
     */
    static final int LARGE_REGION = 500;
    /** Prints region statistics per batch to stderr (scale diagnostics for the benchmark). */
    private static final boolean DEBUG = System.getenv("TRIANGULATE_CLUSTER_DEBUG") != null;
    /** Duplicate pairs recorded per new article (all matches still join the copy group). */
    private static final int PAIRS_PER_ARTICLE = 8;

    private final ClusterSettings settings;
    private final Vocabulary vocab = new Vocabulary();
    private final FeatureExtractor features;
    private final NearDuplicateIndex duplicates;
    private final List<Doc> docs = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final UnionFind regions = new UnionFind();
    private final UnionFind copies = new UnionFind();
    private final Map<Integer, IntList> regionMembers = new HashMap<>();
    private final Map<Integer, List<Event>> regionEvents = new HashMap<>();
    private final Map<Integer, IntList> postings = new HashMap<>();
    private final List<DuplicatePair> pairs = new ArrayList<>();
    private final Map<Integer, NearDuplicateIndex.Match> copyOf = new HashMap<>();
    private final Set<Integer> dirty = new TreeSet<>();
    /** The event of each clustered document, by index (null until its region is clustered). */
    private final List<Event> eventOf = new ArrayList<>();
    /** Documents each article of the current batch was linked with (duplicates and edges). */
    private final Map<Integer, int[]> neighbours = new HashMap<>();
    private int docsAtFullPass;

    IncrementalClusterer(ClusterSettings settings) {
        this.settings = settings;
        this.features = new FeatureExtractor(settings);
        this.duplicates = new NearDuplicateIndex(settings);
    }

    @Override
    public void add(List<Article> articles) {
        List<Article> batch = new ArrayList<>();
        for (Article a : articles) {
            if (a != null && ids.add(a.id())) {
                batch.add(a);
            }
        }
        batch.sort(Comparator.comparing((Article a) -> a.published() == null ? Instant.MAX : a.published())
                .thenComparing(Article::id));
        List<Doc> fresh = new ArrayList<>();
        for (Article a : batch) {
            Doc d = features.features(docs.size(), a, vocab);
            docs.add(d);
            eventOf.add(null);
            regions.add();
            copies.add();
            IntList m = new IntList();
            m.add(d.index);
            regionMembers.put(d.index, m);
            vocab.addDocument(distinctIds(d));
            fresh.add(d);
        }
        for (Doc d : fresh) {
            link(d);
        }
        if (vocab.docs() >= 2 * Math.max(1, docsAtFullPass)) {
            // large regions are not re-clustered (their cost would grow with the corpus); they keep their events
            for (var e : regionMembers.entrySet()) {
                if (e.getValue().size() < LARGE_REGION) {
                    dirty.add(e.getKey());
                }
            }
            docsAtFullPass = vocab.docs();
        }
        Set<Integer> roots = new TreeSet<>();
        for (int r : dirty) {
            roots.add(regions.find(r));
        }
        dirty.clear();
        Map<Integer, List<Doc>> freshByRoot = new HashMap<>();
        for (Doc d : fresh) {
            freshByRoot.computeIfAbsent(regions.find(d.index), x -> new ArrayList<>()).add(d);
        }
        if (DEBUG) {
            long touched = 0;
            int largest = 0;
            for (int r : roots) {
                touched += regionMembers.get(r).size();
            }
            for (IntList m : regionMembers.values()) {
                largest = Math.max(largest, m.size());
            }
            System.err.printf("docs %d regions %d touched %d (%d docs) largest %d%n", docs.size(),
                    regionMembers.size(), roots.size(), touched, largest);
        }
        for (int r : roots) {
            RegionClusterer rc = new RegionClusterer(settings, vocab, docs, copies, copyOf);
            List<Event> known = regionEvents.get(r);
            if (regionMembers.get(r).size() >= LARGE_REGION && known != null) {
                // bounded cost: only the new articles are placed, among the events their links point to
                List<Doc> added = freshByRoot.getOrDefault(r, List.of());
                rc.extend(known, added, eventOf::get, neighbours, (i, ev) -> eventOf.set(i, ev));
                continue;
            }
            List<Event> evs = rc.cluster(regionMembers.get(r));
            regionEvents.put(r, evs);
            for (Event ev : evs) {
                for (int i = 0; i < ev.members.size(); i++) {
                    eventOf.set(ev.members.get(i), ev);
                }
            }
        }
        neighbours.clear();
    }

    private static int[] distinctIds(Doc d) {
        int[] out = new int[d.terms.size() + d.entities.size()];
        System.arraycopy(d.terms.ids, 0, out, 0, d.terms.size());
        System.arraycopy(d.entities.ids, 0, out, d.terms.size(), d.entities.size());
        return out;
    }

    /** Finds duplicates and similar articles of a new one among those indexed, and joins their regions. */
    private void link(Doc d) {
        boolean contained = false;
        IntList linked = new IntList();
        List<NearDuplicateIndex.Match> matches = new ArrayList<>(duplicates.matchAndAdd(d, docs));
        // the strongest first; a wire story copied 500 times would otherwise record ~125,000 pairs
        matches.sort(Comparator.comparingDouble(IncrementalClusterer::strength).reversed()
                .thenComparingInt(m -> m.other().index));
        int recorded = 0;
        for (NearDuplicateIndex.Match m : matches) {
            Doc o = m.other();
            if (recorded++ < PAIRS_PER_ARTICLE) {
                pairs.add(new DuplicatePair(o.id, d.id, m.jaccard(), m.containmentOtherInNew(),
                        m.containmentNewInOther()));
            }
            copies.union(o.index, d.index);
            NearDuplicateIndex.Match prev = copyOf.get(d.index);
            if (prev == null || strength(m) > strength(prev)) {
                copyOf.put(d.index, m);
            }
            join(o.index, d.index);
            linked.add(o.index);
            contained |= m.containmentNewInOther() >= 0.8;
        }
        SparseVector wt = d.terms.weighted(vocab);
        SparseVector we = d.entities.weighted(vocab);
        int[] qt = wt.strongest(settings.queryTerms());
        int[] qe = we.strongest(ENTITY_QUERY);
        if (!contained) {
            TreeMap<Integer, Double> scores = new TreeMap<>();
            lookup(wt, qt, scores);
            lookup(we, qe, scores);
            List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
            ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            SparseVector wh = d.headline.weighted(vocab);
            for (int i = 0; i < Math.min(settings.maxCandidates(), ranked.size()); i++) {
                Doc o = docs.get(ranked.get(i).getKey());
                boolean large = regionMembers.get(regions.find(o.index)).size() >= LARGE_REGION;
                if (regions.find(o.index) == regions.find(d.index) && !large) {
                    continue;
                }
                double s = Similarity.combined(settings, wt, we, wh, d.time, d.time,
                        o.terms.weighted(vocab), o.entities.weighted(vocab), o.headline.weighted(vocab),
                        o.time, o.time);
                if (s >= settings.edgeThreshold()) {
                    join(o.index, d.index);
                    linked.add(o.index);
                }
            }
        }
        for (int i : qt) {
            postings.computeIfAbsent(wt.ids[i], x -> new IntList()).add(d.index);
        }
        for (int i : qe) {
            postings.computeIfAbsent(we.ids[i], x -> new IntList()).add(d.index);
        }
        dirty.add(regions.find(d.index));
        neighbours.put(d.index, linked.toArray());
    }

    private static double strength(NearDuplicateIndex.Match m) {
        return Math.max(m.jaccard(), m.containmentNewInOther());
    }

    private void lookup(SparseVector w, int[] strongest, TreeMap<Integer, Double> scores) {
        for (int i : strongest) {
            IntList p = postings.get(w.ids[i]);
            if (p == null) {
                continue;
            }
            for (int k = Math.max(0, p.size() - settings.postingsScan()); k < p.size(); k++) {
                scores.merge(p.get(k), (double) w.values[i], Double::sum);
            }
        }
    }

    private void join(int a, int b) {
        int ra = regions.find(a);
        int rb = regions.find(b);
        if (ra == rb) {
            return;
        }
        int root = regions.union(ra, rb);
        int gone = root == ra ? rb : ra;
        IntList keep = regionMembers.get(root);
        IntList other = regionMembers.remove(gone);
        if (other.size() > keep.size()) {
            // the larger list absorbs the smaller: a giant region must not be copied on every join
            other.addAll(keep);
            keep = other;
            regionMembers.put(root, keep);
        } else {
            keep.addAll(other);
        }
        // the joined region keeps the events of both parts: a small region is re-clustered anyway, a large one
        // is extended
        List<Event> goneEvents = regionEvents.remove(gone);
        List<Event> rootEvents = regionEvents.get(root);
        if (rootEvents == null) {
            if (goneEvents != null) {
                regionEvents.put(root, goneEvents);
            }
        } else if (goneEvents != null) {
            if (goneEvents.size() > rootEvents.size()) {
                goneEvents.addAll(rootEvents);
                regionEvents.put(root, goneEvents);
            } else {
                rootEvents.addAll(goneEvents);
            }
        }
        dirty.remove(gone);
        dirty.add(root);
    }

    @Override
    public Clustering snapshot() {
        List<Event> all = new ArrayList<>();
        for (List<Event> evs : regionEvents.values()) {
            all.addAll(evs);
        }
        all.sort(Comparator.comparing((Event e) -> e.sortKey, RegionClusterer.CANONICAL));
        Map<Event, String> eventIds = new LinkedHashMap<>();
        List<EventCluster> events = new ArrayList<>();
        for (Event e : all) {
            String id = "e" + (events.size() + 1);
            eventIds.put(e, id);
            events.add(e.toCluster(id, vocab, docs));
        }
        List<Storyline> storylines = new StorylineLinker(settings, vocab).link(all, eventIds);
        List<DuplicatePair> dups = new ArrayList<>(pairs);
        dups.sort(Comparator.comparing(DuplicatePair::a).thenComparing(DuplicatePair::b));
        return new Clustering(dups, events, storylines);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
