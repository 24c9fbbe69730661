package org.triangulate.cluster;

import java.util.List;
import org.triangulate.extract.Article;

/**
 * Incremental clustering: articles are added in batches and only the new ones are compared against the index;
 * the corpus is never redone. Adding a corpus at once or in parts gives the same events.
 * Implementations hold state and are not thread-safe.
 */
public interface Clusterer {
    /** Adds articles to the clusters built so far. */
    void add(List<Article> articles);

    /** The current near-duplicates, events and storylines. */
    Clustering snapshot();
}
