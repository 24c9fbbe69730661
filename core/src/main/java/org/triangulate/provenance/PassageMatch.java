package org.triangulate.provenance;

/**
 * One paragraph of an article and where it came from.
 *
 * @param paragraph       index of the paragraph in the article
 * @param text            the paragraph
 * @param kind            verbatim, near-verbatim, paraphrase or addition
 * @param sourceArticle   the article it matches best, or null for an addition
 * @param sourceParagraph index of the matching paragraph there, or null
 * @param score           similarity to the matching passage (0..1)
 * @param sourceText      the matching passage, or null
 */
public record PassageMatch(int paragraph, String text, PassageKind kind, String sourceArticle,
                           Integer sourceParagraph, double score, String sourceText) {
}
