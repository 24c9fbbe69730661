package org.triangulate.provenance;

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
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.extract.Article;
import org.triangulate.provenance.Aligner.Doc;
import org.triangulate.provenance.Aligner.Match;
import org.triangulate.provenance.Aligner.Sent;

/**
 * Provenance per event: aligns every article's sentences with every other article's, then decides who copied whom.
 *
 * <p>Direction: an article can be the source of another when it is earlier (both times known) — unless both cite
 * the same outside origin, in which case both copied that origin and time says nothing about their relation;
 * otherwise the containment asymmetry decides (a copy with cuts is contained in its source far more than the source
 * is contained in it), then completeness. Each article's {@code copyOf} is its most similar possible source;
 * articles with no source are the event's originals (when something was copied from them) or independent.
 */
final class StandardProvenanceAnalyzer implements ProvenanceAnalyzer {
    /*
     * Calibrated on the seed corpus (demo/seeds): an article must reuse at least this share of its words from another
     * to count as derived from it; the seeds' copies reuse 0.5-1.0, same-topic independent text well under 0.2.
     */
    static final double MIN_REUSE = 0.2;
    /** Role thresholds, same calibration set (demo/seeds). */
    static final double VERBATIM_SHARE = 0.9;
    static final double VERBATIM_COVERAGE = 0.9;
    static final double NEAR_VERBATIM_SHARE = 0.6;
    static final double SUMMARY_LENGTH_RATIO = 0.5;
    static final double SUMMARY_MAX_NEAR = 0.15;
    static final double SUMMARY_MIN_OWN = 0.2;
    static final double SUMMARY_MAX_MEAN_SCORE = 0.65;
    /** Reuse shares closer than this are a tie for deciding direction. */
    static final double REUSE_TIE = 0.05;

    @Override
    public Provenance analyze(List<Article> articles, Clustering clustering) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        List<ArticleProvenance> out = new ArrayList<>();
        List<EventProvenance> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventCluster e : clustering == null ? List.<EventCluster>of() : clustering.events()) {
            List<Article> members = new ArrayList<>();
            for (String id : e.articles()) {
                Article a = byId.get(id);
                if (a != null && seen.add(id)) {
                    members.add(a);
                }
            }
            if (!members.isEmpty()) {
                events.add(analyzeEvent(e.id(), members, out));
            }
        }
        for (Article a : byId.values()) {
            if (seen.add(a.id())) {
                analyzeEvent(null, List.of(a), out); // not clustered: its own provenance, no event record
            }
        }
        return new Provenance(out, events);
    }

    private EventProvenance analyzeEvent(String eventId, List<Article> arts, List<ArticleProvenance> out) {
        int n = arts.size();
        List<Doc> docs = arts.stream().map(Aligner::prepare).toList();
        CitedOrigin[] cited = arts.stream().map(CitationFinder::origin).toArray(CitedOrigin[]::new);

        if (n == 1) {
            Article a = arts.get(0);
            out.add(new ArticleProvenance(a.id(), Role.ORIGINAL, null, 0, 0, cited[0], List.of(),
                    "only article of its event: nothing to compare with"
                            + (cited[0] == null ? "" : "; it names " + cited[0].outlet() + " as its source")));
            String outlet = cited[0] != null ? cited[0].outlet() : Outlets.normalise(a.outlet());
            return eventId == null ? null : new EventProvenance(eventId, outlet, a.id(), a.id(),
                    "single article" + (cited[0] != null ? "; origin " + cited[0].outlet() + " cited by "
                            + a.id() + " (" + cited[0].rule() + ": \"" + cited[0].evidence() + "\")" : ""));
        }

        Match[][][] align = new Match[n][n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    align[i][j] = Aligner.align(docs.get(i), docs.get(j));
                }
            }
        }
        PairStats[][] stats = new PairStats[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    stats[i][j] = PairStats.of(docs.get(i), docs.get(j), align[i][j]);
                }
            }
        }
        int[] units = new int[n];
        int totalUnits = storyUnits(docs, align, units);
        int mostComplete = 0;
        for (int i = 1; i < n; i++) {
            if (units[i] > units[mostComplete]
                    || (units[i] == units[mostComplete] && docs.get(i).words() > docs.get(mostComplete).words())) {
                mostComplete = i;
            }
        }

        // choose each article's source
        int[] copyOf = new int[n];
        for (int i = 0; i < n; i++) {
            copyOf[i] = -1;
            for (int j = 0; j < n; j++) {
                if (i == j || !canBeSource(j, i, arts, cited, stats, units)) {
                    continue;
                }
                if (copyOf[i] < 0 || stats[i][j].similarity() > stats[i][copyOf[i]].similarity() + 1e-9
                        || (Math.abs(stats[i][j].similarity() - stats[i][copyOf[i]].similarity()) <= 1e-9
                        && units[j] > units[copyOf[i]])) {
                    copyOf[i] = j;
                }
            }
        }
        breakCycles(copyOf, units);

        boolean[] copied = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (copyOf[i] >= 0) {
                copied[copyOf[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            Article a = arts.get(i);
            List<PassageMatch> passages = passages(i, copyOf[i], docs, align);
            if (copyOf[i] < 0) {
                Role role = copied[i] ? Role.ORIGINAL : Role.INDEPENDENT;
                String why = copied[i]
                        ? "no earlier or fuller article in the event it could be copied from; "
                        + copiedBy(i, copyOf, arts) + " derived from it"
                        : "reuses under " + pct(MIN_REUSE) + " of its words from any other article of the event";
                if (cited[i] != null && role == Role.ORIGINAL) {
                    why += "; it names " + cited[i].outlet() + " as its source, which is not in the corpus";
                }
                out.add(new ArticleProvenance(a.id(), role, null, 0, 0, cited[i], passages, why));
            } else {
                int j = copyOf[i];
                PairStats s = stats[i][j];
                Role role = role(s, docs.get(i), docs.get(j));
                out.add(new ArticleProvenance(a.id(), role, arts.get(j).id(), round(s.similarity()),
                        round(s.coverage()), cited[i], passages, explain(role, s, arts.get(j).id(), docs.get(i),
                        docs.get(j), directionOrTie(j, i, arts, cited, stats, units))));
            }
        }
        if (eventId == null) {
            return null;
        }
        return eventProvenance(eventId, arts, cited, copyOf, mostComplete, units, totalUnits);
    }

    private static EventProvenance eventProvenance(String eventId, List<Article> arts, CitedOrigin[] cited,
                                                   int[] copyOf, int mostComplete, int[] units, int totalUnits) {
        int n = arts.size();
        Map<String, List<String>> citing = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (cited[i] != null) {
                citing.computeIfAbsent(cited[i].outlet(), k -> new ArrayList<>()).add(arts.get(i).id()
                        + " (" + cited[i].rule() + ")");
            }
        }
        String outlet = null;
        for (var e : citing.entrySet()) {
            if (outlet == null || e.getValue().size() > citing.get(outlet).size()) {
                outlet = e.getKey();
            }
        }
        StringBuilder why = new StringBuilder();
        Integer origin = null;
        if (outlet != null) {
            why.append("origin ").append(outlet).append(": cited by ").append(citing.get(outlet).size())
                    .append(" of ").append(n).append(" articles (").append(String.join("; ", citing.get(outlet)))
                    .append(")");
            for (int i = 0; i < n; i++) {
                if (outlet.equals(Outlets.normalise(arts.get(i).outlet()))) {
                    origin = i;
                    why.append("; ").append(arts.get(i).id()).append(" is published by ").append(outlet);
                    break;
                }
            }
        }
        if (origin == null) {
            // the original: an article others were copied from (not merely one nothing was copied from)
            boolean[] copied = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (copyOf[i] >= 0) {
                    copied[copyOf[i]] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                if (copyOf[i] < 0 && copied[i] && (origin == null || units[i] > units[origin])) {
                    origin = i;
                }
            }
            if (origin == null && outlet == null) {
                why.append("independent reports: no article cites an origin or was copied from another");
            }
            if (origin != null) {
                if (outlet == null) {
                    outlet = Outlets.normalise(arts.get(origin).outlet());
                    why.append("no origin cited; origin is the outlet of the original article");
                }
                why.append("; closest to the origin: ").append(arts.get(origin).id())
                        .append(" (not derived from any other article of the event)");
            }
        }
        why.append(why.length() == 0 ? "" : "; ").append("most complete: ").append(arts.get(mostComplete).id()).append(" carries ")
                .append(units[mostComplete]).append(" of the event's ").append(totalUnits).append(" story passages");
        return new EventProvenance(eventId, outlet, origin == null ? null : arts.get(origin).id(),
                arts.get(mostComplete).id(), why.toString());
    }

    private static String copiedBy(int i, int[] copyOf, List<Article> arts) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < copyOf.length; k++) {
            if (copyOf[k] == i) {
                ids.add(arts.get(k).id());
            }
        }
        return String.join(", ", ids);
    }

    /** Whether article j can be the source of article i, and why (null when it cannot). */
    private static String direction(int j, int i, List<Article> arts, CitedOrigin[] cited, PairStats[][] stats) {
        Instant tj = arts.get(j).published();
        Instant ti = arts.get(i).published();
        boolean siblings = cited[i] != null && cited[j] != null && cited[i].outlet().equals(cited[j].outlet());
        double rij = stats[i][j].reuse();
        double rji = stats[j][i].reuse();
        if (tj != null && ti != null && !tj.equals(ti) && !siblings) {
            return tj.isBefore(ti) ? "published earlier" : null;
        }
        String prefix = siblings ? "both cite " + cited[i].outlet() + ", so time order says nothing; " : "";
        if (Math.abs(rij - rji) >= REUSE_TIE) {
            return rij > rji ? prefix + pct(rij) + " of this article is in " + arts.get(j).id() + " but only "
                    + pct(rji) + " of " + arts.get(j).id() + " is in this one" : null;
        }
        if (tj != null && ti != null && !tj.equals(ti)) {
            return tj.isBefore(ti) ? prefix + "equal overlap; published earlier" : null;
        }
        return null;
    }

    /** {@link #direction}, or the tie rule {@link #canBeSource} applied when overlap and time say nothing. */
    private static String directionOrTie(int j, int i, List<Article> arts, CitedOrigin[] cited, PairStats[][] stats,
                                         int[] units) {
        String d = direction(j, i, arts, cited, stats);
        if (d != null) return d;
        String why = "a tie on overlap and publication time; ";
        return why + (units[j] != units[i]
                ? "the more complete copy (" + units[j] + " story units against " + units[i] + ") is taken as the source"
                : "the copy listed first is taken as the source");
    }

    private static boolean canBeSource(int j, int i, List<Article> arts, CitedOrigin[] cited, PairStats[][] stats,
                                       int[] units) {
        if (stats[i][j].reuse() < MIN_REUSE) {
            return false;
        }
        if (direction(j, i, arts, cited, stats) != null) {
            return true;
        }
        // a full tie on overlap and time: the more complete one, then the first listed, is the source
        double rij = stats[i][j].reuse();
        double rji = stats[j][i].reuse();
        Instant tj = arts.get(j).published();
        Instant ti = arts.get(i).published();
        boolean timeTie = tj == null || ti == null || tj.equals(ti)
                || (cited[i] != null && cited[j] != null && cited[i].outlet().equals(cited[j].outlet()));
        if (Math.abs(rij - rji) < REUSE_TIE && timeTie) {
            return units[j] > units[i] || (units[j] == units[i] && j < i);
        }
        return false;
    }

    private static void breakCycles(int[] copyOf, int[] units) {
        for (int start = 0; start < copyOf.length; start++) {
            Set<Integer> path = new HashSet<>();
            int k = start;
            while (k >= 0 && path.add(k)) {
                k = copyOf[k];
            }
            if (k >= 0) { // loop through k: the most complete member becomes a root
                int best = k;
                int m = copyOf[k];
                while (m != k) {
                    if (units[m] > units[best]) {
                        best = m;
                    }
                    m = copyOf[m];
                }
                copyOf[best] = -1;
            }
        }
    }

    static Role role(PairStats s, Doc a, Doc source) {
        if (s.verbatim() >= VERBATIM_SHARE && s.coverage() >= VERBATIM_COVERAGE) {
            return Role.VERBATIM;
        }
        if (s.near() >= NEAR_VERBATIM_SHARE) {
            return Role.NEAR_VERBATIM;
        }
        double ratio = source.words() == 0 ? 1 : a.words() / (double) source.words();
        double own = 1 - s.reuse();
        double meanScore = s.reuse() == 0 ? 0 : s.similarity() / s.reuse();
        // a summary is much shorter, keeps (almost) no sentence word for word, and either frames the story in its
        // own context or retells it only loosely; a paraphrase retells passage by passage
        if (ratio <= SUMMARY_LENGTH_RATIO && s.near() < SUMMARY_MAX_NEAR
                && (own >= SUMMARY_MIN_OWN || meanScore < SUMMARY_MAX_MEAN_SCORE)) {
            return Role.SUMMARY;
        }
        return Role.PARAPHRASE;
    }

    private static String explain(Role role, PairStats s, String sourceId, Doc a, Doc source, String direction) {
        double ratio = source.words() == 0 ? 1 : a.words() / (double) source.words();
        return role.label() + " of " + sourceId + ": " + pct(s.reuse()) + " of its words in passages found there ("
                + pct(s.verbatim()) + " verbatim, " + pct(s.near()) + " verbatim or near-verbatim), "
                + pct(1 - s.reuse()) + " its own; reproduces " + pct(s.coverage()) + " of " + sourceId
                + "; length " + pct(ratio) + " of it; direction: " + direction;
    }

    /**
     * Story units: sentences linked by any match across the event's articles, connected transitively. Fills
     * {@code perArticle} with how many units each article carries and returns the number of units.
     */
    private static int storyUnits(List<Doc> docs, Match[][][] align, int[] perArticle) {
        int n = docs.size();
        int[] offset = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offset[i + 1] = offset[i] + docs.get(i).sents().size();
        }
        int[] parent = new int[offset[n]];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Match[] m = align[i][j];
                for (int s = 0; s < m.length; s++) {
                    // paraphrase links only when mutual: otherwise every sentence of a long article that loosely
                    // retells one summary sentence would collapse into one passage
                    if (m[s].matched() && (m[s].kind() != PassageKind.PARAPHRASE || mutual(align[j][i], m[s], s))) {
                        union(parent, offset[i] + s, offset[j] + m[s].target());
                    }
                }
            }
        }
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> mine = new HashSet<>();
            List<Sent> sents = docs.get(i).sents();
            for (int s = 0; s < sents.size(); s++) {
                if (sents.get(s).words() >= 3) { // a fragment ("Why?") is not a passage of the story
                    mine.add(find(parent, offset[i] + s));
                }
            }
            perArticle[i] = mine.size();
            all.addAll(mine);
        }
        return all.size();
    }

    private static boolean mutual(Match[] back, Match m, int s) {
        Match b = back[m.target()];
        return b.matched() && (b.target() == s || b.target2() == s);
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /** Paragraph-by-paragraph sources of article i (preferring its own source article when it matches). */
    private static List<PassageMatch> passages(int i, int source, List<Doc> docs, Match[][][] align) {
        Doc d = docs.get(i);
        int n = docs.size();
        int paragraphs = d.article().paragraphs().size();
        // per sentence: the chosen article and match
        int[] from = new int[d.sents().size()];
        Match[] chosen = new Match[d.sents().size()];
        for (int s = 0; s < chosen.length; s++) {
            from[s] = -1;
            chosen[s] = Match.NONE;
            if (source >= 0 && align[i][source][s].matched()) {
                from[s] = source;
                chosen[s] = align[i][source][s];
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                Match m = align[i][j][s];
                if (m.matched() && (from[s] < 0 || Aligner.rank(m.kind()) > Aligner.rank(chosen[s].kind())
                        || (m.kind() == chosen[s].kind() && m.score() > chosen[s].score()))) {
                    from[s] = j;
                    chosen[s] = m;
                }
            }
        }
        List<PassageMatch> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            int words = 0;
            int verbatim = 0;
            int near = 0;
            int matched = 0;
            double scoreSum = 0;
            Map<Integer, Integer> byArticle = new HashMap<>();
            for (int s = 0; s < chosen.length; s++) {
                Sent sent = d.sents().get(s);
                if (sent.paragraph() != p) {
                    continue;
                }
                words += sent.words();
                if (!chosen[s].matched()) {
                    continue;
                }
                matched += sent.words();
                scoreSum += chosen[s].score() * sent.words();
                if (chosen[s].kind() == PassageKind.VERBATIM) {
                    verbatim += sent.words();
                }
                if (chosen[s].kind() != PassageKind.PARAPHRASE) {
                    near += sent.words();
                }
                byArticle.merge(from[s], sent.words(), Integer::sum);
            }
            String text = d.article().paragraphs().get(p);
            if (words == 0) {
                continue;
            }
            PassageKind kind = verbatim >= 0.8 * words ? PassageKind.VERBATIM
                    : near >= 0.5 * words ? PassageKind.NEAR_VERBATIM
                    : matched >= 0.5 * words ? PassageKind.PARAPHRASE : PassageKind.ADDITION;
            if (kind == PassageKind.ADDITION) {
                out.add(new PassageMatch(p, text, kind, null, null, 0, null));
                continue;
            }
            int art = byArticle.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Map<Integer, Integer> byParagraph = new HashMap<>();
            for (int s = 0; s < chosen.length; s++) {
                if (d.sents().get(s).paragraph() == p && from[s] == art) {
                    int tp = docs.get(art).sents().get(chosen[s].target()).paragraph();
                    byParagraph.merge(tp, d.sents().get(s).words(), Integer::sum);
                }
            }
            int para = byParagraph.entrySet().stream()
                    .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            Doc src = docs.get(art);
            out.add(new PassageMatch(p, text, kind, src.id(), para, round(scoreSum / matched),
                    src.article().paragraphs().get(para)));
        }
        return out;
    }

    /** Pair measures of article a against article b. */
    record PairStats(double reuse, double verbatim, double near, double similarity, double coverage) {
        static PairStats of(Doc a, Doc b, Match[] m) {
            double words = Math.max(1, a.words());
            double reuse = 0;
            double verbatim = 0;
            double near = 0;
            double sim = 0;
            Set<Integer> covered = new HashSet<>();
            for (int s = 0; s < m.length; s++) {
                if (!m[s].matched()) {
                    continue;
                }
                int w = a.sents().get(s).words();
                reuse += w;
                sim += w * m[s].score();
                if (m[s].kind() == PassageKind.VERBATIM) {
                    verbatim += w;
                }
                if (m[s].kind() != PassageKind.PARAPHRASE) {
                    near += w;
                    covered.add(m[s].target());
                    if (m[s].target2() >= 0) {
                        covered.add(m[s].target2());
                    }
                }
            }
            double cov = 0;
            for (int t : covered) {
                cov += b.sents().get(t).words();
            }
            return new PairStats(reuse / words, verbatim / words, near / words, sim / words,
                    b.words() == 0 ? 0 : Math.min(1, cov / b.words()));
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.0f%%", d * 100);
    }
}
