package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;

class StandardClaimExtractorTest {
    @Test
    void mergesTheSameQuoteAcrossArticlesEvenWhenGlued() {
        var a = Snippets.article("a", "“Putin has already said that freezing the conflict will not work in any "
                + "way,” Kremlin spokesman Dmitry Peskov told Reuters. “And the missile authorisation is a very "
                + "dangerous escalation on the part of the United States.”");
        var b = Snippets.article("b", "Kremlin spokesman Dmitry Peskov reinforced this stance: \"Putin has "
                + "already said that freezing the conflict will not work in any way. And the missile authorization "
                + "is a very dangerous escalation on the part of the United States.\"");
        var c = Snippets.article("c", "Kremlin spokesperson Dmitry Peskov called the authorization a \"very "
                + "dangerous escalation.\"");
        Claims claims = new StandardClaimExtractor().extract(List.of(a, b, c), Snippets.events(List.of("a", "b", "c")));
        assertThat(claims.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
            assertThat(q.articles()).containsExactly("a", "b", "c");
            assertThat(q.text()).startsWith("Putin has already said").contains("very dangerous escalation");
            assertThat(q.event()).isEqualTo("e1");
        });
    }

    @Test
    void figuresMergeByValueAndUnitWithinAnEvent() {
        var a = Snippets.article("a", "Its forces control 70-80% of the territory.");
        var b = Snippets.article("b", "Its forces control 70-80 per cent of the territory.");
        var c = Snippets.article("c", "A poll found that 74% of Ukrainians were against it.");
        Claims claims = new StandardClaimExtractor().extract(List.of(a, b, c),
                Snippets.events(List.of("a", "b"), List.of("c")));
        assertThat(claims.figures()).hasSize(2);
        assertThat(claims.figures().get(0).articles()).containsExactly("a", "b");
        assertThat(claims.figures().get(0).text()).isEqualTo("70-80%");
    }

    @Test
    void shortScareQuotesAreNotQuotes() {
        var a = Snippets.article("a", "Putin said the deal should reflect the “realities” on the ground.");
        assertThat(new StandardClaimExtractor().extract(List.of(a), Snippets.events(List.of("a"))).quotes())
                .isEmpty();
    }

    @Test
    void randomTextNeverThrows() {
        var rnd = new java.util.Random(42);
        String alphabet = "aAbBzZ 0123456789,.;:\"“”‘’'()-–—%$€£ \n\tÉéЖж";
        List<org.triangulate.extract.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] paragraphs = new String[1 + rnd.nextInt(4)];
            for (int p = 0; p < paragraphs.length; p++) {
                StringBuilder b = new StringBuilder();
                int n = rnd.nextInt(400);
                for (int k = 0; k < n; k++) {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                paragraphs[p] = b.toString();
            }
            articles.add(Snippets.article("r" + i, paragraphs));
        }
        var clustering = Snippets.events(articles.stream().map(org.triangulate.extract.Article::id).toList());
        Claims claims = new StandardClaimExtractor().extract(articles, clustering);
        var provenance = org.triangulate.provenance.ProvenanceStage.standard().analyze(articles, clustering);
        var corroboration = org.triangulate.corroborate.CorroborateStage.standard()
                .corroborate(articles, clustering, provenance, claims);
        assertThat(provenance.articles()).hasSize(30);
        assertThat(corroboration).isNotNull();
    }
}
