package org.triangulate.corroborate;

import java.util.List;
import org.triangulate.claims.Claims;
import org.triangulate.cluster.Clustering;
import org.triangulate.extract.Article;
import org.triangulate.provenance.Provenance;

/** Decides which facts all sources agree on, which differ, and which rest on one source. */
public interface Corroborator {
    Corroboration corroborate(List<Article> articles, Clustering clustering, Provenance provenance, Claims claims);
}
