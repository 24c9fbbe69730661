package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stages 2 and 3, candidate blocks and scoring (after Readability's grabArticle): every text block of at least 25
 * characters scores {@code 1 + commas + min(length / 100, 3)} and passes it to up to five ancestors, divided by
 * 1, 2, then 3 × level; each ancestor starts from a tag prior plus its class/id weight. The final score of a
 * container is scaled by {@code 1 - link density}.
 */
final class ContentScorer {
    private static final Set<String> SCORED = Set.of("p", "td", "pre", "h2", "h3", "h4", "h5", "h6", "blockquote");
    /** Readability's minimum paragraph length for scoring. */
    private static final int MIN_BLOCK_CHARS = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final boolean useClassWeight;

    ContentScorer(boolean useClassWeight) {
        this.useClassWeight = useClassWeight;
    }

    /** Scores the document's blocks and returns the candidates, best first, with link-density-scaled scores. */
    List<Element> score(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        List<Element> candidates = new ArrayList<>();
        for (Element block : body.select("p, td, pre, h2, h3, h4, h5, h6, blockquote")) {
            if (!SCORED.contains(block.normalName())) {
                continue;
            }
            // a blockquote or td holding paragraphs is scored through them
            if ((block.normalName().equals("blockquote") || block.normalName().equals("td"))
                    && block.selectFirst(Signals.P) != null) {
                continue;
            }
            String text = block.text();
            if (text.length() < MIN_BLOCK_CHARS) {
                continue;
            }
            double contentScore = 1 + Signals.commas(text) + Math.min(text.length() / 100, 3);
            int level = 0;
            for (Element anc = block.parent(); anc != null && level < 5; anc = anc.parent(), level++) {
                if (anc.normalName().equals("html") || anc.parent() == null) {
                    break;
                }
                if (!scores.containsKey(anc)) {
                    scores.put(anc, initialScore(anc));
                    candidates.add(anc);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(anc, contentScore / divider, Double::sum);
            }
        }
        for (Element c : candidates) {
            scores.put(c, scores.get(c) * (1 - Signals.linkDensity(c)));
        }
        candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        return candidates;
    }

    double scoreOf(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    boolean isScored(Element e) {
        return scores.containsKey(e);
    }

    int classWeight(Element e) {
        return useClassWeight ? Signals.classWeight(e) : 0;
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        // the page's own declaration of its article body is a strong signal (schema.org microdata)
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 25;
        }
        return s + classWeight(e);
    }
}
