package org.triangulate.corroborate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.claims.Claims;
import org.triangulate.claims.Figure;
import org.triangulate.claims.Quote;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.extract.Article;
import org.triangulate.provenance.ArticleProvenance;
import org.triangulate.provenance.PassageKind;
import org.triangulate.provenance.PassageMatch;
import org.triangulate.provenance.Provenance;

/**
 * Per event: figures and quotes several articles state (agreements, with a note on whether the articles are
 * independent or copies of one report), the same fact stated with different values (comparisons with different
 * references; figures about the same thing with different numbers — conflicting, or compatible within rounding
 * and hedges such as "roughly a fifth" vs "18%"), and what rests on one article only (figures, quotes, and
 * paragraphs no other article carries).
 */
final class StandardCorroborator implements Corroborator {
    /*
     * Two figures are about the same thing when their context words overlap by at least this Dice coefficient and
     * share at least two content words. Chosen on the seed corpus (demo/seeds): "roughly a fifth of Ukraine's
     * territory – including Crimea" vs "18% of Ukraine including all of Crimea" score 0.5; unrelated figures of
     * the same unit in one story ("110,000 square km" vs "26,000 square kilometers") score under 0.2.
     */
    static final double SAME_SUBJECT = 0.35;
    /*
     * Without aligned passages, a compatible pair is reported from this overlap and a conflict only from a higher
     * one, both with at least three shared content words. Chosen on demo/seeds (a fifth vs 18%: 0.62) and by
     * reading the conflicts found on the ECB+ development set (shared/data/ecbplus, gold events): pairs of
     * different facts ("369 punches" vs "68 punches" thrown by two boxers) scored 0.36-0.67.
     */
    static final double COMPATIBLE_SUBJECT = 0.5;
    static final double CONFLICT_SUBJECT = 0.7;
    /** A hedged or round statement ("roughly a fifth") is compatible within this relative difference... */
    static final double HEDGE_RELATIVE = 0.15;
    /** ...or within this many percentage points. */
    static final double HEDGE_POINTS = 2.5;
    /** Unhedged numbers are compatible only within rounding (relative difference). */
    static final double ROUNDING_RELATIVE = 0.01;
    static final double KM2_PER_MI2 = 2.589988;
    /** Paragraphs shorter than this are headings or fragments, not statements. */
    static final int MIN_STATEMENT_WORDS = 8;

    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:about|approximately|roughly|around|nearly|almost|"
            + "some|over|more than|less than|under|just under|just over|an estimated|up to|at least)\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("(?:(?<q>about|roughly|approximately|nearly|around|"
            + "almost)\\s+)?(?:the\\s+)?(?<kind>size of|as large as|as big as|larger than|bigger than|smaller than)"
            + "\\s+(?:the\\s+)?(?<ref>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "by", "for", "with", "from", "as", "its", "it", "is", "are", "was", "were", "be", "that", "this", "which",
            "all", "any", "has", "have", "had", "will", "would", "could", "about", "roughly", "approximately",
            "nearly", "around", "over", "under", "more", "than", "only", "just", "some", "their", "his", "her",
            "them", "they", "he", "she", "also", "s", "currently");

    @Override
    public Corroboration corroborate(List<Article> articles, Clustering clustering, Provenance provenance,
                                     Claims claims) {
        List<Fact> agreements = new ArrayList<>();
        List<Discrepancy> conflicts = new ArrayList<>();
        List<Discrepancy> compatible = new ArrayList<>();
        List<Fact> single = new ArrayList<>();
        if (clustering == null || claims == null) {
            return new Corroboration(agreements, conflicts, compatible, single);
        }
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        for (EventCluster e : clustering.events()) {
            List<String> ids = e.articles().stream().filter(byId::containsKey).toList();
            if (ids.isEmpty()) {
                continue;
            }
            Event ev = new Event(e.id(), ids, byId, provenance);
            List<Figure> figures = claims.figures().stream().filter(f -> e.id().equals(f.event())).toList();
            List<Quote> quotes = claims.quotes().stream().filter(q -> e.id().equals(q.event())).toList();
            Set<Figure> conversions = conversions(figures);
            for (Figure f : figures) {
                if (conversions.contains(f)) {
                    continue;
                }
                String text = display(f, figures, conversions);
                if (f.articles().size() >= 2) {
                    agreements.add(new Fact("figure", text, e.id(), f.articles(), ev.outlets(f.articles()),
                            ev.agreement(f.articles())));
                } else {
                    single.add(new Fact("figure", text, e.id(), f.articles(), ev.outlets(f.articles()),
                            ev.single(f.articles().get(0), "figure")));
                }
            }
            for (Quote q : quotes) {
                String text = (q.speaker() == null ? "" : q.speaker() + ": ") + "“" + q.text() + "”";
                if (q.articles().size() >= 2) {
                    agreements.add(new Fact("quote", text, e.id(), q.articles(), ev.outlets(q.articles()),
                            ev.agreement(q.articles())));
                } else {
                    single.add(new Fact("quote", text, e.id(), q.articles(), ev.outlets(q.articles()),
                            ev.single(q.articles().get(0), "quote")));
                }
            }
            if (ids.size() >= 2 && provenance != null) {
                for (String id : ids) {
                    provenance.of(id).ifPresent(p -> additions(p, ev, single));
                }
            }
            figureDiscrepancies(e.id(), figures, conversions, ev, provenance, conflicts, compatible);
            comparisons(e.id(), ids, byId, provenance, conflicts);
        }
        conflicts.sort((a, b) -> Boolean.compare(!a.verdict().equals("conflict"), !b.verdict().equals("conflict")));
        return new Corroboration(agreements, conflicts, compatible, single);
    }

    /** What one event knows about its articles: outlets and who derives from whom. */
    private static final class Event {
        final String id;
        final List<String> ids;
        final Map<String, Article> byId;
        final Map<String, String> sourceOf = new HashMap<>();

        Event(String id, List<String> ids, Map<String, Article> byId, Provenance provenance) {
            this.id = id;
            this.ids = ids;
            this.byId = byId;
            for (String a : ids) {
                sourceOf.put(a, origin(a, provenance));
            }
        }

        /** The report an article ultimately derives from: its cited origin, or the root of its copy chain. */
        private String origin(String a, Provenance provenance) {
            if (provenance == null) {
                return a;
            }
            String cur = a;
            Set<String> seen = new HashSet<>();
            while (seen.add(cur)) {
                Optional<ArticleProvenance> p = provenance.of(cur);
                if (p.isEmpty()) {
                    break;
                }
                if (p.get().citedOrigin() != null) {
                    return p.get().citedOrigin().outlet();
                }
                if (p.get().copyOf() == null) {
                    break;
                }
                cur = p.get().copyOf();
            }
            return cur;
        }

        List<String> outlets(List<String> articles) {
            Set<String> out = new LinkedHashSet<>();
            for (String a : articles) {
                Article art = byId.get(a);
                out.add(art != null && art.outlet() != null ? art.outlet() : "unknown outlet (" + a + ")");
            }
            return List.copyOf(out);
        }

        String agreement(List<String> articles) {
            Set<String> origins = new LinkedHashSet<>();
            articles.forEach(a -> origins.add(sourceOf.getOrDefault(a, a)));
            String base = "stated by " + articles.size() + " of the event's " + ids.size() + " articles";
            if (origins.size() == 1) {
                return base + "; all derive from one report (" + origins.iterator().next()
                        + "): agreement among copies, not independent confirmation";
            }
            return base + "; " + origins.size() + " independent reports (" + String.join(", ", origins) + ")";
        }

        String single(String article, String kind) {
            return ids.size() == 1 ? "the event's only article states this " + kind
                    : "only " + article + " states this " + kind + " among the event's " + ids.size() + " articles";
        }
    }

    private static void additions(ArticleProvenance p, Event ev, List<Fact> single) {
        for (PassageMatch m : p.passages()) {
            if (m.kind() == PassageKind.ADDITION && m.text().split("\\s+").length >= MIN_STATEMENT_WORDS) {
                single.add(new Fact("statement", m.text(), ev.id, List.of(p.article()),
                        ev.outlets(List.of(p.article())), "paragraph " + m.paragraph() + " of " + p.article()
                        + " matches no passage of the event's other articles (its own addition)"));
            }
        }
    }

    /** mi2 figures printed as the conversion of a km2 figure in the same article ("26,000 sq km (10,000 sq mi)"). */
    private static Set<Figure> conversions(List<Figure> figures) {
        Set<Figure> out = new HashSet<>();
        for (Figure mi : figures) {
            if (!"mi2".equals(mi.unit())) {
                continue;
            }
            for (Figure km : figures) {
                if ("km2".equals(km.unit()) && km.articles().stream().anyMatch(mi.articles()::contains)
                        && close(value(km)[0], value(mi)[0], 0.05)) {
                    out.add(mi);
                }
            }
        }
        return out;
    }

    private static String display(Figure f, List<Figure> figures, Set<Figure> conversions) {
        String num = grouped(f.value());
        String base = switch (f.unit() == null ? "" : f.unit()) {
            case "percent" -> num + "%";
            case "km2" -> num + " sq km";
            case "mi2" -> num + " sq miles";
            case "fraction" -> stripHedge(f.text());
            case "USD", "EUR", "GBP", "UAH", "RUB" -> stripHedge(f.text());
            case "" -> num;
            default -> num + " " + f.unit();
        };
        if ("km2".equals(f.unit())) {
            for (Figure mi : conversions) {
                if (mi.articles().stream().anyMatch(f.articles()::contains)
                        && close(value(f)[0], value(mi)[0], 0.05)) {
                    base += " (" + grouped(mi.value()) + " sq miles)";
                    break;
                }
            }
        }
        return base;
    }

    private static String stripHedge(String text) {
        return text.replaceFirst("(?i)^(?:about|approximately|roughly|around|nearly|almost|some|over|more than|"
                + "less than|under|just under|just over|up to|at least|only)\\s+", "");
    }

    private static String grouped(String value) {
        if (value.matches("\\d{4,}")) {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(value));
        }
        if (value.matches("\\d{4,}-\\d{4,}")) {
            String[] p = value.split("-");
            return grouped(p[0]) + "-" + grouped(p[1]);
        }
        return value;
    }

    /** The value as a range [lo, hi] in a common scale: percent for fractions, km2 for mi2. */
    private static double[] value(Figure f) {
        String[] parts = f.value().split("-");
        double lo;
        double hi;
        try {
            lo = Double.parseDouble(parts[0]);
            hi = parts.length > 1 ? Double.parseDouble(parts[1]) : lo;
        } catch (NumberFormatException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double scale = switch (f.unit() == null ? "" : f.unit()) {
            case "fraction" -> 100;
            case "mi2" -> KM2_PER_MI2;
            default -> 1;
        };
        return new double[] {lo * scale, hi * scale};
    }

    private static String dimension(Figure f) {
        String u = f.unit() == null ? "" : f.unit();
        return switch (u) {
            case "percent", "fraction" -> "share";
            case "km2", "mi2" -> "area";
            default -> u;
        };
    }

    private static boolean close(double a, double b, double relative) {
        return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
    }

    private static void figureDiscrepancies(String event, List<Figure> figures, Set<Figure> conversions, Event ev,
                                            Provenance provenance, List<Discrepancy> conflicts,
                                            List<Discrepancy> compatible) {
        for (int i = 0; i < figures.size(); i++) {
            Figure a = figures.get(i);
            if (conversions.contains(a)) {
                continue;
            }
            for (int j = i + 1; j < figures.size(); j++) {
                Figure b = figures.get(j);
                if (conversions.contains(b) || !dimension(a).equals(dimension(b)) || a.value().equals(b.value())
                        && a.unit().equals(b.unit())) {
                    continue;
                }
                if (a.articles().stream().anyMatch(b.articles()::contains)) {
                    continue; // one article stating both: two different facts, not two versions of one
                }
                Set<String> ca = contentWords(a.context());
                Set<String> cb = contentWords(b.context());
                Set<String> shared = new HashSet<>(ca);
                shared.retainAll(cb);
                double dice = ca.isEmpty() || cb.isEmpty() ? 0 : 2.0 * shared.size() / (ca.size() + cb.size());
                if (dice < SAME_SUBJECT || shared.size() < 2) {
                    continue;
                }
                double[] va = value(a);
                double[] vb = value(b);
                boolean hedged = hedged(a) || hedged(b);
                boolean overlap = va[0] <= vb[1] && vb[0] <= va[1];
                double diff = overlap ? 0 : Math.min(Math.abs(va[0] - vb[1]), Math.abs(vb[0] - va[1]));
                double rel = diff / Math.max(1e-9, Math.max(Math.abs(va[1]), Math.abs(vb[1])));
                boolean points = dimension(a).equals("share");
                boolean ok = overlap || (hedged ? rel <= HEDGE_RELATIVE || (points && diff <= HEDGE_POINTS)
                        : rel <= ROUNDING_RELATIVE);
                // reporting needs more evidence than pairing: a compatible pair must clearly share its subject, a
                // conflict even more so (different facts of one story share words: "19 seasons" vs "11 seasons")
                String aligned = alignedFigures(a, b, provenance);
                if (aligned == null && (shared.size() < 3 || dice < (ok ? COMPATIBLE_SUBJECT : CONFLICT_SUBJECT))) {
                    continue;
                }
                String why = (aligned != null ? aligned + "; " : "") + "same subject (context overlap "
                        + String.format(Locale.ROOT, "%.2f", dice)
                        + ", shared " + new java.util.TreeSet<>(shared) + "); " + describe(a) + " vs " + describe(b)
                        + ": " + (overlap ? "ranges overlap" : String.format(Locale.ROOT, "differ by %s (%.0f%% relative)",
                        points ? String.format(Locale.ROOT, "%.1f points", diff) : String.format(Locale.ROOT, "%.0f", diff),
                        rel * 100))
                        + (hedged ? "; one is hedged or a round fraction, tolerance " + (int) (HEDGE_RELATIVE * 100)
                        + "% relative" + (points ? " or " + HEDGE_POINTS + " points" : "") : "; exact figures, tolerance "
                        + "rounding only") + " → " + (ok ? "both can be true" : "cannot both be true");
                Discrepancy d = new Discrepancy("figure", subject(shared, a, b), event,
                        List.of(new Variant(a.text(), a.articles()), new Variant(b.text(), b.articles())),
                        ok ? "compatible" : "conflict", why);
                (ok ? compatible : conflicts).add(d);
            }
        }
    }

    /** Whether some article of a states it in a passage aligned with a passage of an article of b stating b. */
    private static String alignedFigures(Figure a, Figure b, Provenance provenance) {
        if (provenance == null) {
            return null;
        }
        for (String x : a.articles()) {
            Optional<ArticleProvenance> p = provenance.of(x);
            if (p.isEmpty()) {
                continue;
            }
            for (PassageMatch m : p.get().passages()) {
                if (m.sourceArticle() != null && b.articles().contains(m.sourceArticle()) && m.text().contains(a.text())
                        && m.sourceText() != null && m.sourceText().contains(b.text())) {
                    return x + " paragraph " + m.paragraph() + " is aligned with " + m.sourceArticle() + " paragraph "
                            + m.sourceParagraph() + " (" + m.kind().label() + ")";
                }
            }
        }
        return null;
    }

    private static String subject(Set<String> shared, Figure a, Figure b) {
        return dimension(a) + " (" + String.join(", ", new java.util.TreeSet<>(shared)) + ")";
    }

    private static String describe(Figure f) {
        double[] v = value(f);
        String base = "'" + f.text() + "'";
        if ("fraction".equals(f.unit())) {
            return base + " = " + String.format(Locale.ROOT, "%.0f%%", v[0]);
        }
        if ("mi2".equals(f.unit())) {
            return base + " = " + String.format(Locale.ROOT, "%,.0f sq km", v[0]);
        }
        return base;
    }

    private static boolean hedged(Figure f) {
        if ("fraction".equals(f.unit())) {
            return true; // "a fifth" is a round figure by nature
        }
        String ctx = f.context();
        int at = ctx.indexOf(f.text());
        String before = at >= 0 ? ctx.substring(0, at) : "";
        return HEDGE.matcher(before).find() || !stripHedge(f.text()).equals(f.text());
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "");
        for (String w : folded.split("[^\\p{L}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** One comparison found in an article ("about the size of South Korea"). */
    private record Comparison(String article, int paragraph, String text, String kind, String ref, String sentence) {
    }

    private static void comparisons(String event, List<String> ids, Map<String, Article> byId, Provenance provenance,
                                    List<Discrepancy> out) {
        List<Comparison> all = new ArrayList<>();
        for (String id : ids) {
            Article a = byId.get(id);
            for (int p = 0; p < a.paragraphs().size(); p++) {
                String para = a.paragraphs().get(p);
                Matcher m = COMPARISON.matcher(para);
                while (m.find()) {
                    int s = Math.max(0, para.lastIndexOf(". ", m.start()) + 1);
                    all.add(new Comparison(id, p, m.group().strip(), m.group("kind"), m.group("ref"),
                            para.substring(s, m.start()).strip()));
                }
            }
        }
        Set<Comparison> used = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Comparison a = all.get(i);
            if (used.contains(a)) {
                continue;
            }
            Map<String, List<String>> versions = new LinkedHashMap<>();
            Map<String, String> printed = new LinkedHashMap<>();
            versions.computeIfAbsent(a.ref(), k -> new ArrayList<>()).add(a.article());
            printed.putIfAbsent(a.ref(), a.text());
            List<String> how = new ArrayList<>();
            for (int j = i + 1; j < all.size(); j++) {
                Comparison b = all.get(j);
                if (used.contains(b) || b.article().equals(a.article()) || !b.kind().equals(a.kind())) {
                    continue;
                }
                String link = sameStatement(a, b, provenance);
                if (link == null) {
                    continue;
                }
                used.add(b);
                List<String> arts = versions.computeIfAbsent(b.ref(), k -> new ArrayList<>());
                if (!arts.contains(b.article())) {
                    arts.add(b.article());
                }
                printed.putIfAbsent(b.ref(), b.text());
                how.add(link);
            }
            if (versions.size() < 2) {
                continue;
            }
            List<Variant> values = new ArrayList<>();
            versions.forEach((ref, arts) -> values.add(new Variant(printed.get(ref), arts)));
            out.add(new Discrepancy("comparison", a.sentence().isEmpty() ? a.kind() + " comparison"
                    : "what is compared: " + a.sentence(), event, values, "conflict",
                    "the same statement (" + String.join("; ", how) + ") compares with different references: "
                            + String.join(" vs ", printed.values().stream().map(t -> "'" + t + "'").toList())
                            + "; the sources disagree on the wording of the fact, and at most one is the origin's"));
        }
    }

    /** Why two comparisons belong to the same statement (aligned passages or shared context), or null. */
    private static String sameStatement(Comparison a, Comparison b, Provenance provenance) {
        if (provenance != null) {
            for (Comparison[] pair : new Comparison[][] {{a, b}, {b, a}}) {
                Optional<ArticleProvenance> p = provenance.of(pair[0].article());
                if (p.isEmpty()) {
                    continue;
                }
                for (PassageMatch m : p.get().passages()) {
                    if (m.paragraph() == pair[0].paragraph() && pair[1].article().equals(m.sourceArticle())
                            && m.sourceParagraph() != null && m.sourceParagraph() == pair[1].paragraph()) {
                        return pair[0].article() + " paragraph " + pair[0].paragraph() + " and " + pair[1].article()
                                + " paragraph " + pair[1].paragraph() + " are aligned passages (" + m.kind().label()
                                + ")";
                    }
                }
            }
        }
        Set<String> ca = contentWords(a.sentence());
        Set<String> cb = contentWords(b.sentence());
        Set<String> shared = new HashSet<>(ca);
        shared.retainAll(cb);
        double dice = ca.isEmpty() || cb.isEmpty() ? 0 : 2.0 * shared.size() / (ca.size() + cb.size());
        if (dice >= SAME_SUBJECT && shared.size() >= 2) {
            return String.format(Locale.ROOT, "context overlap %.2f, shared %s", dice, new java.util.TreeSet<>(shared));
        }
        return null;
    }
}
