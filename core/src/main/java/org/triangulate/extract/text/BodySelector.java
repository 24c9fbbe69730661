package org.triangulate.extract.text;

import java.util.List;

/**
 * Selects the main body as the best contiguous span of units, as boilerpipe and trafilatura do for DOM blocks:
 * content scores its word count, furniture costs at least {@link #FURNITURE_COST} words, headings, captions, bylines,
 * datelines and code cost nothing (transparent inside the body), and a section-end heading ("News Feed") cannot be
 * crossed. The span is the maximum-sum run (Kadane), trimmed to start and end on content.
 */
final class BodySelector {
    private BodySelector() {
    }

    /**
     * Cost of one furniture line in words: about half a short sentence, so a lone "AD" or "Subscribe" between two
     * body paragraphs is crossed while a run of furniture after the body is not. Chosen on the demo seeds.
     */
    static final int FURNITURE_COST = 10;

    /** The selected span, inclusive; empty when there is no content. */
    record Span(int start, int end) {
        boolean isEmpty() {
            return start > end;
        }
    }

    static Span select(List<Line> lines) {
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

    private static long score(Line l) {
        return switch (l.kind()) {
            case CONTENT -> Inline.words(l.text());
            case BOILERPLATE, TEASER, TIMESTAMP -> -Math.max(FURNITURE_COST, Inline.words(l.text()));
            case HEADING, CAPTION, BYLINE, DATELINE, CODE, SECTION_END -> 0;
        };
    }
}
