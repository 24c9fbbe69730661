package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title and the rule that chose it (for {@code Article.provenance}). Metadata candidates, in order:
 * JSON-LD {@code headline}, Dublin Core, {@code og:title}, {@code twitter:title}, {@code parsely-title},
 * {@code <title>}; each repaired ({@link TitleText}) and without its site name ({@link TitleCleaner}); one cut
 * short yields to a candidate it begins; one that is only the site name goes last. Then:
 * <ol>
 *   <li>the visible {@code h1} ({@link Headlines}) most like any candidate wins when they share words
 *       ({@link #H1_MATCH}): readers (and human-made gold) call the visible headline the title, and SEO titles
 *       are often reworded; a date, a one-word label or a source note printed into the h1 goes, so do short
 *       labels after a pipe, and an h1 with '?' for lost characters or set in capitals yields to the
 *       candidate;</li>
 *   <li>an h1 naming the site (outlet, host, the part a title's site name was cut from) never counts;</li>
 *   <li>else a heading marked as the headline ({@code itemprop=headline}, {@code h2.entry-title}) that matches;</li>
 *   <li>else the first candidate; with no candidate at all, the article's h1.</li>
 * </ol>
 */
final class Titles {
    /** A chosen title and its source for {@code Article.provenance}. */
    record Title(String text, String source) {
    }

    /** A metadata title candidate, cleaned of its site name. */
    private record Candidate(String source, String raw, String text) {
    }

    /**
     * Token Jaccard from which an h1 and a metadata title name the same story, and the h1 (what readers see) wins
     * (containment counts 0.9). An SEO title is often the headline reworded ("Top 11 SEO Strategies for 2025" for
     * "11 SEO Strategies for 2025 to Boost Rankings"); an h1 sharing under a fifth of its words is a section or
     * site name, a pull quote or a call to action. Chosen on wcxb-dev (human gold): h1s differing from the SEO
     * title with Jaccard 0.2-0.5 were the gold 37 times and the SEO title 16; below 0.2 the SEO title was right
     * 13 of 14 times. readability/ (Readability.js's choice, which keeps the SEO title) loses 2 pages at 0.2.
     */
    private static final double H1_MATCH = 0.2;

    /** Longest part after a pipe in an h1 taken for a label; chosen on wcxb-dev (labels of 1-4 words; a 7-word subtitle kept). */
    private static final int PIPE_LABEL_WORDS = 4;
    /** Length from which a candidate that another one continues is taken for cut (see {@link #uncut}). */
    private static final int CUT_LENGTH = 100;
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** A leading date ("Dec 18 2025", "18 December 2025", "2025-12-18") or one-word label ("Blog:"). */
    private static final Pattern KICKER_PREFIX = Pattern.compile("^(?i)(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\p{L}+:)\\s+");
    /** A trailing source note and count, as aggregators print them ("Headline (latimes.com) 87"). */
    private static final Pattern KICKER_SUFFIX = Pattern.compile("\\s+\\([\\w-]+(\\.[\\w-]+)+\\)(\\s+\\d+)?$");

    private Titles() {
    }

    /**
     * @param meta   the page's meta tags by lower-cased name
     * @param main   the JSON-LD article (or page) object, or null
     * @param outlet the site name, or null
     * @param host   the page's host without "www.", or null
     */
    static Title choose(Document doc, Map<String, String> meta, JsonNode main, JsonNode article, String outlet,
                        String host) {
        List<Headlines.Heading> heads = Headlines.h1s(doc);
        // the cleaner keeps the title part an h1 repeats: the article's h1s, not a site-name h1 in the banner
        List<String> h1Texts = new ArrayList<>();
        for (Headlines.Heading h : heads) {
            if (h.inArticle()) h1Texts.add(h.text());
        }
        if (h1Texts.isEmpty()) {
            for (Headlines.Heading h : heads) h1Texts.add(h.text());
        }
        List<Candidate> cands = candidates(doc, meta, main, article, outlet, host, h1Texts);
        List<Headlines.Heading> real = new ArrayList<>();
        for (Headlines.Heading h : heads) {
            if (!namesSite(h.text(), cands, outlet, host)) real.add(h);
        }
        Candidate first = cands.isEmpty() ? null : cands.get(0);
        Match m = bestMatch(real, cands, false);
        if (m != null) return fromH1(m, first, outlet, host);
        // no h1 is the headline: a heading marked as one may be ("h2.entry-title" under a site-name h1)
        m = bestMatch(Headlines.marked(doc), cands, true);
        if (m != null) {
            String text = TitleCleaner.withoutSiteName(m.heading().text(), outlet, host);
            if (text.equals(first.text())) return new Title(text, first.source());
            return new Title(text, describe(m.heading().element()) + " (matches " + m.candidate().source() + ")");
        }
        if (first == null && !real.isEmpty()) {
            Headlines.Heading h = real.get(0);
            for (Headlines.Heading x : real) {
                if (x.inArticle()) {
                    h = x;
                    break;
                }
            }
            return new Title(TitleCleaner.withoutSiteName(h.text(), outlet, host), "h1 (no metadata title)");
        }
        return first == null ? null : new Title(first.text(), first.source());
    }

    /** A heading and the metadata candidate it is most like. */
    private record Match(Headlines.Heading heading, Candidate candidate) {
    }

    /**
     * The heading most like any candidate, when at least {@link #H1_MATCH} alike; with {@code noSupersets} a
     * heading holding a candidate and more ("Headline: a sentence of teaser") does not count.
     */
    private static Match bestMatch(List<Headlines.Heading> heads, List<Candidate> cands, boolean noSupersets) {
        Match best = null;
        double bestSim = 0;
        for (Headlines.Heading h : heads) {
            String hn = TextNormalizer.forCompare(h.text());
            for (Candidate c : cands) {
                String cn = TextNormalizer.forCompare(c.text());
                if (noSupersets && hn.length() > cn.length() && hn.contains(cn)) continue;
                double sim = similarity(h.text(), c.text());
                if (sim > bestSim) {
                    bestSim = sim;
                    best = new Match(h, c);
                }
            }
        }
        return bestSim >= H1_MATCH ? best : null;
    }

    /** The matched h1 as the title, without a site name, kicker or pipe labels; the candidate when the h1 lost characters. */
    private static Title fromH1(Match m, Candidate first, String outlet, String host) {
        Candidate cand = m.candidate();
        String text = TitleCleaner.withoutSiteName(m.heading().text(), outlet, host);
        // a date, section label or source note printed into the h1 ("Dec 18 2025 Headline", "Blog: Headline")
        String bare = KICKER_PREFIX.matcher(KICKER_SUFFIX.matcher(text).replaceFirst("")).replaceFirst("");
        if (!bare.equals(text) && TextNormalizer.forCompare(bare).equals(TextNormalizer.forCompare(cand.text()))) {
            return new Title(bare, "h1 without its kicker (matches " + cand.source() + ")");
        }
        if (lostCharacters(text, cand.text())) {
            return new Title(cand.text(), cand.source() + " (the h1 has '?' for lost characters)");
        }
        // an h1 set in capitals ("BEST DRIP COFFEE MAKER IN 2026") is styling; the metadata keeps the writer's case
        if (inCapitals(text) && !inCapitals(cand.text())) {
            return new Title(cand.text(), cand.source() + " (the matching h1 is set in capitals)");
        }
        String rule = cand == first ? "h1 (matches " + first.source() + ")"
                : "h1 (matches " + cand.source() + "; over " + first.source() + ")";
        String headline = withoutPipeLabels(text);
        if (!headline.equals(text)) {
            text = headline;
            rule += "; label after '|' removed";
        }
        return text.equals(first.text()) ? new Title(text, first.source()) : new Title(text, rule);
    }

    /** Two or more words and no lower-case letter: a headline set in capitals. */
    static boolean inCapitals(String s) {
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper = true;
        }
        return upper && words(s) >= 2;
    }

    private static String describe(Element e) {
        if (e.hasAttr("itemprop")) return e.normalName() + "[itemprop=" + e.attr("itemprop") + "]";
        return e.normalName() + (e.className().isEmpty() ? "" : "." + e.className().trim().split("\\s+")[0]);
    }

    /**
     * The h1 is the candidate with characters lost to a charset conversion: each '?' or U+FFFD of the h1 stands
     * for one to three characters of the candidate ("Planning? Beginner? Guide" for "Planning: Beginner's Guide").
     */
    static boolean lostCharacters(String h1, String candidate) {
        if (h1.indexOf('?') < 0 && h1.indexOf('\uFFFD') < 0) return false;
        if (count(candidate, '?') >= count(h1, '?') && candidate.indexOf('\uFFFD') < 0 && h1.indexOf('\uFFFD') < 0) {
            return false;
        }
        StringBuilder re = new StringBuilder();
        for (String piece : h1.split("[?\uFFFD]", -1)) {
            if (!re.isEmpty()) re.append("[^?\uFFFD]{1,3}");
            re.append(Pattern.quote(piece));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(candidate).matches();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) n++;
        }
        return n;
    }

    /**
     * A visible headline with short parts after pipes ("Headline | Opinion", "Headline | Top 19 Companies"): the
     * parts are section or SEO labels; pipes are not headline punctuation. A longer part is kept: it may be a
     * subtitle.
     */
    static String withoutPipeLabels(String h1) {
        String[] parts = h1.split("\\s+\\|\\s+");
        if (parts.length < 2 || words(parts[0]) < 2) return h1;
        for (int i = 1; i < parts.length; i++) {
            if (words(parts[i]) > PIPE_LABEL_WORDS) return h1;
        }
        return parts[0].trim();
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Token Jaccard of two titles; one containing the other counts 0.9. */
    private static double similarity(String a, String b) {
        String x = TextNormalizer.forCompare(a);
        String y = TextNormalizer.forCompare(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (y.contains(x) && x.length() * 2 >= y.length() || x.contains(y)) return 0.9;
        // words shared only with a trailing part ("... | My Hero Academia [Archive of Our Own]") name the site
        List<String> parts = TitleCleaner.split(b);
        if (parts.size() > 1) {
            Set<String> head = new HashSet<>(List.of(TextNormalizer.forCompare(parts.get(0)).split(" ")));
            head.retainAll(List.of(x.split(" ")));
            if (head.isEmpty()) return 0;
        }
        // one shared word ("title", "guide") is chance, not a reworded headline, unless the h1 is one word
        String[] h1Words = x.split(" ");
        Set<String> shared = new HashSet<>(List.of(h1Words));
        shared.retainAll(List.of(y.split(" ")));
        if (shared.size() < Math.min(2, h1Words.length)) return 0;
        return TextNormalizer.similarity(x, y);
    }

    private static List<Candidate> candidates(Document doc, Map<String, String> meta, JsonNode main, JsonNode article,
                                              String outlet, String host, List<String> h1s) {
        List<Candidate> out = new ArrayList<>();
        String headline = main == null ? null : JsonLd.text(main, "headline");
        if (headline == null && article != null) headline = JsonLd.text(article, "name");
        add(out, "json-ld headline", headline, outlet, host, h1s);
        for (String key : new String[] {"dc.title", "dc:title", "dcterms.title"}) {
            add(out, key, meta.get(key), outlet, host, h1s);
        }
        add(out, "og:title", meta.get("og:title"), outlet, host, h1s);
        add(out, "twitter:title", meta.get("twitter:title"), outlet, host, h1s);
        add(out, "parsely-title", meta.get("parsely-title"), outlet, host, h1s);
        add(out, "<title>", doc.title(), outlet, host, h1s);
        out = uncut(out);
        // an og:title that is only the site's name ("Robomow") is the last resort, not the first candidate
        List<Candidate> ordered = new ArrayList<>();
        for (Candidate c : out) {
            if (!onlySiteName(c.text(), outlet, host)) ordered.add(c);
        }
        for (Candidate c : out) {
            if (onlySiteName(c.text(), outlet, host)) ordered.add(c);
        }
        return ordered;
    }

    /**
     * A candidate cut short ("... Solutions (Including", "Wedding Timeline…") is replaced by a later one it begins.
     * Cut means ending in an ellipsis or reaching 100 characters: Google's guidelines cap JSON-LD headlines at
     * 110, and CMSs cut them there.
     */
    private static List<Candidate> uncut(List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>(cands);
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            String t = c.text();
            boolean ellipsis = t.endsWith("…") || t.endsWith("...");
            if (!ellipsis && t.length() < CUT_LENGTH) continue;
            String n = TextNormalizer.forCompare(ellipsis ? t.substring(0, t.length() - (t.endsWith("…") ? 1 : 3)) : t);
            for (Candidate o : cands) {
                String on = TextNormalizer.forCompare(o.text());
                if (o != c && on.length() > n.length() && on.startsWith(n)) {
                    out.set(i, new Candidate(o.source() + " (" + c.source() + " cut short)", o.raw(), o.text()));
                    break;
                }
            }
        }
        return out;
    }

    private static void add(List<Candidate> out, String source, String value, String outlet, String host,
                            List<String> h1s) {
        if (value == null || value.isBlank()) return;
        String raw = TitleText.repair(value);
        if (raw.isEmpty()) return;
        String cleaned = TitleCleaner.clean(raw, outlet, host, h1s);
        out.add(new Candidate(cleaned.equals(raw) ? source : source + "; site suffix removed", raw, cleaned));
    }

    private static boolean onlySiteName(String text, String outlet, String host) {
        return TitleCleaner.withoutSiteName(text + " | x", outlet, host).equals("x");
    }

    /** An h1 naming the site: the outlet or host, or a part the title cleaner cut from a metadata title. */
    private static boolean namesSite(String h1, List<Candidate> cands, String outlet, String host) {
        if (onlySiteName(h1, outlet, host)) return true;
        String hn = TextNormalizer.forCompare(h1);
        for (Candidate c : cands) {
            String cut = TextNormalizer.forCompare(c.raw());
            String kept = TextNormalizer.forCompare(c.text());
            if (!cut.equals(kept) && !kept.contains(hn) && cut.contains(hn)) return true;
            // "Blog Name: Headline" as <title> while og:title is "Headline"
            String rest = cut.startsWith(hn + " ") ? cut.substring(hn.length() + 1)
                    : cut.endsWith(" " + hn) ? cut.substring(0, cut.length() - hn.length() - 1) : null;
            if (rest == null || rest.split(" ").length <= hn.split(" ").length) continue;
            for (Candidate o : cands) {
                if (o != c && TextNormalizer.forCompare(o.text()).equals(rest)) return true;
            }
        }
        return false;
    }

}
