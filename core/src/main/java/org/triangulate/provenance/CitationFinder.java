package org.triangulate.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;

/**
 * Finds the outlet an article names as the origin of its story, from attribution phrases in its title and text.
 * Each rule has a weight (how strongly it says "this story comes from X"); the outlet with the highest total wins,
 * and the strongest single piece of evidence is kept to explain it.
 *
 * <p>Not an origin claim: "X reports via foreign media" (X is only the relay) and photo credits ("(Photo: X)").
 */
final class CitationFinder {
    /** One attribution found in the text. */
    record Citation(String outlet, String evidence, String rule, double weight) {
    }

    private record Rule(String name, Pattern pattern, double weight) {
    }

    private static final String O = "(?<o>" + Outlets.NAME_REGEX + ")";
    private static final String THE = "(?:[Tt]he\\s+)?";
    private static final String AGENCY = "(?:\\s+(?:news agency|newswire|wire service|newspaper|news outlet|"
            + "agency|daily|outlet))?";

    /** Ordered strongest first; weights: 3 wire dateline, 2 explicit report attribution, 1.5 quote given to X. */
    private static final List<Rule> RULES = List.of(
            new Rule("wire dateline \"(X) -\"", Pattern.compile("\\(" + O + "\\)\\s*[-–—]"), 3),
            new Rule("\"X reported\"", Pattern.compile("\\b" + THE + O + AGENCY
                    + "\\s+(?:has\\s+|had\\s+|first\\s+)?(?:reported|reports|wrote|writes|revealed|reveals)\\b"
                    + "(?!\\s+via\\b)"), 2),
            new Rule("\"according to X\"", Pattern.compile("\\b[Aa]ccording to\\s+" + THE + O + AGENCY
                    + "(?:'s|’s)?(?:\\s+(?:report|article|reporting|story|investigation|sources))?\\b"), 2),
            new Rule("\"citing X\"", Pattern.compile("\\b[Cc]iting\\s+" + THE + O + "\\b"), 2),
            new Rule("\"told X\"", Pattern.compile("\\btold\\s+" + THE + O + "\\b"), 1.5),
            new Rule("\"X has seen\"", Pattern.compile("\\b" + THE + O + "\\s+(?:has|had)\\s+seen\\b"), 1),
            new Rule("headline \"..., X reports\"", Pattern.compile(",\\s+" + THE + O + AGENCY
                    + "\\s+(?:reports|says|reported)\\s*$"), 2),
            new Rule("headline prefix \"X:\"", Pattern.compile("^" + THE + O + "\\s*:"), 2));

    private static final Pattern TRIGGER = Pattern.compile("(?i)report|wr[io]te|reveal|according|citing|told|seen|"
            + "\\)\\s*[-–—]|:");

    private CitationFinder() {
    }

    /** All attributions in the title and paragraphs, in order of appearance. */
    static List<Citation> citations(Article article) {
        List<Citation> out = new ArrayList<>();
        // body first: on equal weight the body's evidence explains better than the headline's
        List<String> texts = new ArrayList<>(article.paragraphs());
        if (article.title() != null) {
            texts.add(article.title());
        }
        for (String t : texts) {
            if (!TRIGGER.matcher(t).find()) {
                continue; // cheap pre-check: every rule needs one of these words or a wire dateline
            }
            for (Rule r : RULES) {
                Matcher m = r.pattern().matcher(t);
                while (m.find()) {
                    String outlet = Outlets.normalise(m.group("o"));
                    if (outlet == null) {
                        continue;
                    }
                    out.add(new Citation(outlet, evidence(t, m.start(), m.end()), r.name(), r.weight()));
                }
            }
        }
        return out;
    }

    /** The outlet with the greatest total weight, with its strongest evidence; null when nothing is cited. */
    static CitedOrigin origin(Article article) {
        List<Citation> all = citations(article);
        if (all.isEmpty()) {
            return null;
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Citation c : all) {
            totals.merge(c.outlet(), c.weight(), Double::sum);
        }
        String best = null;
        for (var e : totals.entrySet()) {
            if (best == null || e.getValue() > totals.get(best)) {
                best = e.getKey();
            }
        }
        Citation strongest = null;
        int count = 0;
        for (Citation c : all) {
            if (c.outlet().equals(best)) {
                count++;
                if (strongest == null || c.weight() > strongest.weight()) {
                    strongest = c;
                }
            }
        }
        String rule = strongest.rule() + (count > 1 ? " (+" + (count - 1) + " more attribution"
                + (count > 2 ? "s" : "") + " to " + best + ")" : "");
        return new CitedOrigin(best, strongest.evidence(), rule);
    }

    /** The sentence around a match, shortened to about 200 characters around it. */
    private static String evidence(String text, int start, int end) {
        int pos = 0;
        for (String sentence : Text.sentences(text)) {
            int at = text.indexOf(sentence, pos);
            if (at < 0) {
                break;
            }
            pos = at + sentence.length();
            if (start >= at && start < pos) {
                int from = Math.max(at, start - 120);
                int to = Math.min(pos, end + 80);
                String ev = text.substring(from, to).strip();
                return (from > at ? "…" : "") + ev + (to < pos ? "…" : "");
            }
        }
        return text.substring(start, end);
    }
}
