package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article's title and the rule that chose it. Candidates: JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, {@code dc.title}, {@code <title>} (each without its site name), and the page's visible
 * {@code h1}s. The visible headline is what readers (and human-made gold) call the title; SEO titles often differ.
 */
final class Titles {
    /** A chosen title and its source for {@code Article.provenance}. */
    record Title(String text, String source) {
    }

    /**
     * Token Jaccard above which an h1 replaces the metadata title (containment counts 0.9). Chosen on wcxb-dev
     * (human gold, mostly the visible headline): 0.5 gave title accuracy 0.838 there against 0.804 with no h1 rule;
     * a lone-h1 rule gained 0.01 on wcxb-dev but lost 0.07 on readability/ (site-name h1s), so it is not used.
     */
    private static final double H1_MATCH = 0.5;

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
        String title = null;
        String titleSource = null;
        String headline = main == null ? null : JsonLd.text(main, "headline");
        if (headline == null && article != null) headline = JsonLd.text(article, "name");
        if (headline != null) {
            title = headline;
            titleSource = "json-ld headline";
        } else if (meta.containsKey("og:title")) {
            title = meta.get("og:title");
            titleSource = "og:title";
        } else if (meta.containsKey("twitter:title")) {
            title = meta.get("twitter:title");
            titleSource = "twitter:title";
        } else if (meta.containsKey("dc.title")) {
            title = meta.get("dc.title");
            titleSource = "dc.title";
        } else if (!doc.title().isBlank()) {
            title = doc.title();
            titleSource = "<title>";
        }
        List<String> h1s = visibleH1s(doc);
        if (title != null) {
            title = TextNormalizer.collapse(Parser.unescapeEntities(title, false));
            String cleaned = TitleCleaner.clean(title, outlet, host, h1s);
            if (!cleaned.equals(title)) titleSource += "; site suffix removed";
            title = cleaned;
        }
        String h1 = chooseH1(h1s, title);
        // some sites print the site name in the h1 too ("Headline – Site")
        if (h1 != null) h1 = TitleCleaner.withoutSiteName(h1, outlet, host);
        if (h1 != null && !h1.equals(title)) {
            titleSource = title == null ? "h1" : "h1 (over " + titleSource + ")";
            title = h1;
        } else if (h1 == null && title != null) {
            // the SEO headline differs from the h1, but another title candidate may agree with it: two sources
            // naming the visible headline outvote one
            String[][] others = {{"og:title", meta.get("og:title")}, {"twitter:title", meta.get("twitter:title")},
                    {"<title>", doc.title()}};
            for (String[] o : others) {
                if (o[1] == null || o[1].isBlank()) continue;
                String cand = TitleCleaner.clean(TextNormalizer.collapse(Parser.unescapeEntities(o[1], false)), outlet,
                        host, h1s);
                String agreed = chooseH1(h1s, cand);
                if (agreed != null) agreed = TitleCleaner.withoutSiteName(agreed, outlet, host);
                if (agreed != null) {
                    titleSource = "h1 (agrees with " + o[0] + "; over " + titleSource + ")";
                    title = agreed;
                    break;
                }
            }
        }
        return title == null ? null : new Title(title, titleSource);
    }

    private static List<String> visibleH1s(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            if (h.closest("nav, footer, aside, [role=navigation], [class*=logo], [id*=logo]") != null) continue;
            boolean hidden = false;
            for (Element p = h; p != null; p = p.parent()) {
                if (DomCleaner.isHidden(p)) {
                    hidden = true;
                    break;
                }
            }
            String t = TextNormalizer.collapse(h.text());
            if (!hidden && !t.isEmpty()) out.add(t);
        }
        return out;
    }

    /**
     * The h1 to use as title: the one most like the metadata title when they clearly match; a lone h1 that
     * differs is more often a site or section name than the headline, so it is not used.
     */
    private static String chooseH1(List<String> h1s, String metaTitle) {
        if (h1s.isEmpty()) return null;
        String best = null;
        double bestSim = 0;
        String mt = TextNormalizer.forCompare(metaTitle);
        for (String h : h1s) {
            String hn = TextNormalizer.forCompare(h);
            if (hn.isEmpty()) continue;
            double sim = TextNormalizer.similarity(hn, mt);
            if (!mt.isEmpty() && (mt.contains(hn) && hn.length() * 2 >= mt.length() || hn.contains(mt))) sim = Math.max(sim, 0.9);
            if (sim > bestSim) {
                bestSim = sim;
                best = h;
            }
        }
        if (best != null && bestSim >= H1_MATCH) return best;
        return null;
    }
}
