package org.triangulate.claims;

import org.junit.jupiter.api.Test;
import org.triangulate.SeedArticles;

class ClaimsDebugTest {
    @Test
    void print() {
        Claims c = ClaimsStage.standard().extract(SeedArticles.all(), SeedArticles.clustering());
        for (var q : c.quotes()) System.out.println("Q " + q.speaker() + " | " + q.attribution() + " | " + q.articles().stream().map(s -> s.substring(0, 3)).toList() + " | " + q.rule() + "\n    " + q.text());
        for (var f : c.figures()) System.out.println("F " + f.value() + " " + f.unit() + " | " + f.text() + " | " + f.articles().stream().map(s -> s.substring(0, 3)).toList() + " | " + f.context());
        for (var e : c.entities()) System.out.println("E " + e.type() + " " + e.name() + " " + e.variants() + " " + e.mentions());
    }
}
