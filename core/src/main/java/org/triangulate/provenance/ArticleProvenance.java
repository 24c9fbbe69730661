package org.triangulate.provenance;

import java.util.List;

/**
 * Provenance of one article.
 *
 * @param article     the article id
 * @param role        its role in its event
 * @param copyOf      the closest source article in the event, or null (original/independent)
 * @param similarity  overall similarity to copyOf (0..1)
 * @param coverage    share of copyOf's text this article reproduces (verbatim or near-verbatim)
 * @param citedOrigin the origin the article names, or null
 * @param passages    paragraph-by-paragraph sources
 * @param explanation one-line reason for the role
 */
public record ArticleProvenance(String article, Role role, String copyOf, double similarity, double coverage,
                                CitedOrigin citedOrigin, List<PassageMatch> passages, String explanation) {
    public ArticleProvenance {
        passages = List.copyOf(passages);
    }
}
