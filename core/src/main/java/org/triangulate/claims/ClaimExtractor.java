package org.triangulate.claims;

import java.util.List;
import org.triangulate.cluster.Clustering;
import org.triangulate.extract.Article;

/** Extracts quotes (with speaker and attribution), figures with units, and entities with variants merged. */
public interface ClaimExtractor {
    Claims extract(List<Article> articles, Clustering clustering);
}
