package org.triangulate.provenance;

import java.util.List;
import org.triangulate.cluster.Clustering;
import org.triangulate.extract.Article;

/** Finds cited origins, the most complete copy, and who copied or paraphrased whom, passage by passage. */
public interface ProvenanceAnalyzer {
    Provenance analyze(List<Article> articles, Clustering clustering);
}
