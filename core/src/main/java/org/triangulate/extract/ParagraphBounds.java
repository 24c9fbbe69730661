package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds an article's text for the stages after extraction, whose cost grows faster than the text (claims look
 * at a paragraph's sentences once per quote or figure in it). A paragraph too long to be one (a page that is a
 * single megabyte-long text node, a dump without line breaks) is split: each piece ends at the last sentence end
 * before the limit, else at the last space, so no word is cut. An article longer than any real one keeps its
 * first paragraphs up to the limit.
 */
final class ParagraphBounds {
    /**
     * Real paragraphs are shorter: 99.99% of the dev sets' gold paragraphs (readability/ + wcxb-dev/); the
     * seven longer ones are run-on posts and tables flattened to one line, which lose nothing when split.
     */
    static final int MAX_PARAGRAPH_CHARS = 10_000;
    /** Four times the longest gold text of the dev sets (119 K chars, readability/ + wcxb-dev/). */
    static final int MAX_ARTICLE_CHARS = 500_000;
    /** A sentence end this far back from the limit is still preferred over a plain space. */
    private static final int SENTENCE_SEARCH_CHARS = 5_000;

    private ParagraphBounds() {
    }

    /** The paragraphs, each longer than {@code max} split; the same list when none is. */
    static List<String> split(List<String> paragraphs, int max) {
        return split(paragraphs, List.of(), max).paragraphs();
    }

    /**
     * Paragraphs after {@link #split(List, int)} with their kinds: each piece keeps its paragraph's kind (no kinds
     * stay none).
     */
    record Split(List<String> paragraphs, List<String> kinds) {
    }

    /** {@link #split(List, int)} carrying the paragraphs' kinds along; the same lists when no paragraph is too long. */
    static Split split(List<String> paragraphs, List<String> kinds, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be >= 2, got " + max);
        }
        if (paragraphs.stream().allMatch(p -> p.length() <= max)) {
            return new Split(paragraphs, kinds);
        }
        List<String> out = new ArrayList<>();
        List<String> outKinds = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> pieces = pieces(paragraphs.get(i), max);
            out.addAll(pieces);
            if (!kinds.isEmpty()) {
                for (int j = 0; j < pieces.size(); j++) outKinds.add(kinds.get(i));
            }
        }
        return new Split(out, outKinds);
    }

    private static List<String> pieces(String p, int max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (p.length() - from > max) {
            int cut = cutPoint(p, from, max);
            String piece = p.substring(from, cut).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            from = cut;
        }
        String rest = p.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The first paragraphs holding at most {@code max} chars; the same list when all fit. */
    static List<String> limit(List<String> paragraphs, int max) {
        int total = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            total += paragraphs.get(i).length();
            if (total > max) {
                return paragraphs.subList(0, Math.max(1, i));
            }
        }
        return paragraphs;
    }

    /** Where the piece starting at {@code from} ends: after a sentence end, else at a space, else at the limit. */
    private static int cutPoint(String p, int from, int max) {
        int limit = from + max;
        int space = -1;
        for (int i = limit; i > from && i > limit - SENTENCE_SEARCH_CHARS; i--) {
            if (p.charAt(i) == ' ') {
                char before = p.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?') {
                    return i;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        if (space > from) {
            return space;
        }
        return Character.isLowSurrogate(p.charAt(limit)) ? limit - 1 : limit;
    }
}
