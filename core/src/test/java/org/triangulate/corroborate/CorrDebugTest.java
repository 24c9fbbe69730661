package org.triangulate.corroborate;

import org.junit.jupiter.api.Test;
import org.triangulate.SeedArticles;
import org.triangulate.claims.ClaimsStage;
import org.triangulate.provenance.ProvenanceStage;

class CorrDebugTest {
    @Test
    void print() {
        var arts = SeedArticles.all();
        var cl = SeedArticles.clustering();
        var p = ProvenanceStage.standard().analyze(arts, cl);
        var c = ClaimsStage.standard().extract(arts, cl);
        var r = CorroborateStage.standard().corroborate(arts, cl, p, c);
        r.agreements().forEach(f -> System.out.println("AGREE " + f.kind() + " " + f.text() + " " + f.articles().size() + " | " + f.explanation()));
        r.discrepancies().forEach(d -> System.out.println("DISC " + d));
        r.compatible().forEach(d -> System.out.println("COMP " + d));
        r.singleSource().forEach(f -> System.out.println("SINGLE " + f.kind() + " " + f.text().substring(0, Math.min(80, f.text().length())) + " | " + f.explanation()));
    }
}
