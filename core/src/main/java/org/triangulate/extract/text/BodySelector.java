package org.triangulate.extract.text;

import java.util.List;

/**
 * Selects the main body as the best contiguous span of units, as boilerpipe and trafilatura do for DOM blocks:
 * content scores its word count, headings cost {@link #HEADING_COST}, furniture costs at least
 * {@link #FURNITURE_COST} words, captions, bylines, datelines and code cost nothing (transparent inside the body),
 * and a section-end heading ("News Feed") cannot be crossed. The span is the maximum-sum run (Kadane), trimmed to
 * start and end on content.
 */
final class BodySelector {
    private BodySelector() {
    }

    /**
     * Cost of one furniture line in words: about half a short sentence, so a lone "AD" or "Subscribe" between two
     * body paragraphs is crossed while a run of furniture after the body is not. Chosen on the demo seeds.
     */
    static final int FURNITURE_COST = 10;

    /**
     * A heading costs one word, so a sub-heading before a paragraph is crossed but a long run of link titles or spec
     * labels is not. Chosen on jsoup-rendered text dumps of the readability and wcxb-dev pages
     * (TextDumpExtractorEvaluationTest): cost 0/1/2 gave F1 0.822/0.837/0.842 on readability dumps but clean-text
     * recall 0.939/0.938/0.923; 1 keeps recall. A per-line cost on content (1-3 words) lowered recall for no F1 gain.
     */
    static final int HEADING_COST = 1;

    /** The selected span, inclusive; empty when there is no content. */
    record Span(int start, int end) {
        boolean isEmpty() {
            return start > end;
        }
    }

    static Span select(List<Line> lines) {
        if (lines.stream().noneMatch(l -> l.kind() == LineKind.CONTENT)) {
            promoteLoneText(lines);
        }
        int bestStart = 0;
        int bestEnd = -1;
        long best = 0;
        long sum = 0;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == LineKind.SECTION_END) {
                sum = 0;
                start = i + 1;
                continue;
            }
            sum += score(l);
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        while (bestStart <= bestEnd && lines.get(bestStart).kind() != LineKind.CONTENT) {
            bestStart++;
        }
        while (bestEnd >= bestStart && lines.get(bestEnd).kind() != LineKind.CONTENT) {
            bestEnd--;
        }
        return new Span(bestStart, bestEnd);
    }

    /**
     * A page without any sentence-like line (a one-paragraph note without a full stop, a list of headline-like
     * lines) still has text: its heading-like lines of at least {@link #MIN_LONE_WORDS} words become content.
     */
    private static void promoteLoneText(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == LineKind.HEADING && Inline.words(l.text()) >= MIN_LONE_WORDS) {
                lines.set(i, l.as(LineKind.CONTENT, "heading-like, but the page has no other text"));
            }
        }
    }

    /** Minimum words for a heading-like line to count as text on a page without sentences: a short sentence. */
    static final int MIN_LONE_WORDS = 8;

    private static long score(Line l) {
        return switch (l.kind()) {
            case CONTENT -> Inline.words(l.text());
            case BOILERPLATE, TEASER, TIMESTAMP -> -Math.max(FURNITURE_COST, Inline.words(l.text()));
            case HEADING -> -HEADING_COST;
            case CAPTION, BYLINE, DATELINE, CODE, SECTION_END -> 0;
        };
    }
}
