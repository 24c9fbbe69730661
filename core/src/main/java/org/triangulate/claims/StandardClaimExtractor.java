package org.triangulate.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.extract.Article;

/**
 * Quotes, figures and entities for a corpus: found per article, then merged across the articles of each event
 * (quotes when one version's word trigrams are mostly contained in the other's; figures by value and unit).
 */
final class StandardClaimExtractor implements ClaimExtractor {
    /*
     * Two versions are the same quote when this share of the shorter one's word trigrams occurs in the longer one.
     * Chosen on the seed corpus (demo/seeds), where copies of the same quote differ by a spelling
     * ("authorisation"/"authorization") or are cut or glued together; different quotes share < 0.2.
     */
    static final double SAME_QUOTE = 0.7;
    /** Merged quotes shorter than this (in words) are terms or scare quotes ("realities"), not statements. */
    static final int MIN_QUOTE_WORDS = 4;

    @Override
    public Claims extract(List<Article> articles, Clustering clustering) {
        Map<String, String> eventOf = new HashMap<>();
        if (clustering != null) {
            for (EventCluster e : clustering.events()) {
                e.articles().forEach(id -> eventOf.putIfAbsent(id, e.id()));
            }
        }
        EntityFinder.Result entities = EntityFinder.find(articles);
        List<QuoteFinder.Found> quotes = new ArrayList<>();
        List<FigureFinder.Found> figures = new ArrayList<>();
        for (Article a : articles) {
            try {
                quotes.addAll(QuoteFinder.find(a, entities));
                figures.addAll(FigureFinder.find(a));
            } catch (RuntimeException e) {
                // one odd article must not cost the batch its claims; it simply contributes none
            }
        }
        return new Claims(mergeQuotes(quotes, eventOf), mergeFigures(figures, eventOf), entities.entities());
    }

    static List<Quote> mergeQuotes(List<QuoteFinder.Found> found, Map<String, String> eventOf) {
        int n = found.size();
        List<Set<Long>> grams = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (QuoteFinder.Found f : found) {
            List<String> t = ClaimText.tokens(f.text());
            lengths.add(t.size());
            grams.add(trigrams(t));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byEvent = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String a = found.get(i).article();
            byEvent.computeIfAbsent(eventOf.getOrDefault(a, "article:" + a), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byEvent.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                int i = members.get(x);
                int j = members.get(y);
                boolean iShorter = lengths.get(i) <= lengths.get(j);
                Set<Long> small = iShorter ? grams.get(i) : grams.get(j);
                Set<Long> big = iShorter ? grams.get(j) : grams.get(i);
                if (small.isEmpty()) {
                    continue;
                }
                long shared = small.stream().filter(big::contains).count();
                if (shared / (double) small.size() >= SAME_QUOTE) {
                    parent[find(parent, i)] = find(parent, j);
                }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Quote> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            int longest = g.get(0);
            for (int i : g) {
                if (lengths.get(i) > lengths.get(longest)) {
                    longest = i;
                }
            }
            if (lengths.get(longest) < MIN_QUOTE_WORDS) {
                continue;
            }
            // the speaker most versions name; a named person beats an anonymous description on a tie
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (int i : g) {
                String s = found.get(i).speaker();
                if (s != null) {
                    votes.merge(s, 1, Integer::sum);
                }
            }
            String speaker = null;
            for (var e : votes.entrySet()) {
                if (speaker == null || e.getValue() > votes.get(speaker)
                        || (e.getValue().equals(votes.get(speaker)) && named(e.getKey()) && !named(speaker))) {
                    speaker = e.getKey();
                }
            }
            // attribution from the fullest version that names the chosen speaker
            QuoteFinder.Found source = found.get(longest);
            int best = -1;
            for (int i : g) {
                if (Objects.equals(found.get(i).speaker(), speaker) && (best < 0 || lengths.get(i) > lengths.get(best))) {
                    best = i;
                }
            }
            if (best >= 0) {
                source = found.get(best);
            }
            Set<String> arts = new LinkedHashSet<>();
            g.forEach(i -> arts.add(found.get(i).article()));
            String rule = source.rule() + (g.size() > 1 ? "; merged " + g.size() + " versions (shared word trigrams >= "
                    + SAME_QUOTE + " of the shorter)" : "");
            out.add(new Quote(found.get(longest).text(), speaker, source.attribution(),
                    eventOf.get(source.article()), List.copyOf(arts), rule));
        }
        return out;
    }

    private static boolean named(String speaker) {
        return !speaker.isEmpty() && Character.isUpperCase(speaker.charAt(0)) && speaker.contains(" ");
    }

    private static Set<Long> trigrams(List<String> t) {
        Set<Long> out = new HashSet<>();
        if (t.size() < 3) {
            out.add((long) String.join(" ", t).hashCode());
            return out;
        }
        for (int i = 0; i + 3 <= t.size(); i++) {
            long h = t.get(i).hashCode();
            h = h * 1_000_003L + t.get(i + 1).hashCode();
            h = h * 1_000_003L + t.get(i + 2).hashCode();
            out.add(h);
        }
        return out;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    static List<Figure> mergeFigures(List<FigureFinder.Found> found, Map<String, String> eventOf) {
        Map<List<String>, List<FigureFinder.Found>> groups = new LinkedHashMap<>();
        for (FigureFinder.Found f : found) {
            List<String> key = java.util.Arrays.asList(eventOf.getOrDefault(f.article(), "article:" + f.article()),
                    f.value(), f.unit());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Figure> out = new ArrayList<>();
        for (List<FigureFinder.Found> g : groups.values()) {
            FigureFinder.Found first = g.get(0);
            Set<String> arts = new LinkedHashSet<>();
            g.forEach(f -> arts.add(f.article()));
            out.add(new Figure(first.value(), first.unit(), first.text(), first.context(),
                    eventOf.get(first.article()), List.copyOf(arts)));
        }
        return out;
    }
}
