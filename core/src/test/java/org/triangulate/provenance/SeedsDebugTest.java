package org.triangulate.provenance;

import org.junit.jupiter.api.Test;
import org.triangulate.SeedArticles;

class SeedsDebugTest {
    @Test
    void print() {
        var arts = SeedArticles.all();
        for (var a : arts) {
            System.out.println("=== " + a.id() + " title=" + a.title() + " paras=" + a.paragraphs().size() + " words=" + a.wordCount());
        }
        Provenance p = ProvenanceStage.standard().analyze(arts, SeedArticles.clustering());
        for (var e : p.events()) System.out.println(e);
        for (var a : p.articles()) {
            System.out.println(a.article() + " " + a.role() + " copyOf=" + a.copyOf() + " sim=" + a.similarity() + " cov=" + a.coverage() + " origin=" + a.citedOrigin());
            System.out.println("   " + a.explanation());
            for (var m : a.passages()) System.out.println("   [" + m.paragraph() + "] " + m.kind() + " " + m.sourceArticle() + "#" + m.sourceParagraph() + " " + m.score() + " | " + m.text().substring(0, Math.min(70, m.text().length())));
        }
    }
}
