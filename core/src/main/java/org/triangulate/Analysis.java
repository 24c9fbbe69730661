package org.triangulate;

import java.util.List;
import org.triangulate.claims.Claims;
import org.triangulate.cluster.Clustering;
import org.triangulate.corroborate.Corroboration;
import org.triangulate.extract.Article;
import org.triangulate.ingest.InputError;
import org.triangulate.provenance.Provenance;

/** Everything the pipeline found in one corpus: the input to every report. */
public record Analysis(List<Article> articles, List<InputError> errors, Clustering clustering,
                       Provenance provenance, Claims claims, Corroboration corroboration) {
    public Analysis {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    public java.util.Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
