package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.SeedArticles.A000;
import static org.triangulate.SeedArticles.A001;
import static org.triangulate.SeedArticles.A002;
import static org.triangulate.SeedArticles.A004;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.SeedArticles;

/** The seed corpus expectations of the foundation issue, for the claims stage. */
class ClaimsStageTest {
    private static Claims claims;

    @BeforeAll
    static void run() {
        claims = ClaimsStage.standard().extract(SeedArticles.all(), SeedArticles.clustering());
    }

    private static Quote quote(String fragment) {
        return claims.quotes().stream().filter(q -> q.text().contains(fragment)).findFirst().orElseThrow(
                () -> new AssertionError("no quote containing '" + fragment + "' in " + claims.quotes()));
    }

    @Test
    void requiredQuotesWithSpeakers() {
        Quote valdai = quote("If there is no neutrality");
        assertThat(valdai.speaker()).isEqualTo("Vladimir Putin");
        assertThat(valdai.articles()).contains(A001, A002, A004);
        Quote peskov = quote("freezing the conflict will not work");
        assertThat(peskov.speaker()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.articles()).contains(A000, A001, A002, A004);
        assertThat(quote("the only person who can bring both sides together").speaker()).isEqualTo("Steven Cheung");
        assertThat(quote("A grand bargain").speaker()).isEqualTo("Dimitri Simes");
        assertThat(quote("He really is willing to stop").attribution())
                .isEqualTo("a former senior Russian official told The New York Times");
    }

    @Test
    void figures() {
        assertThat(claims.figures()).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("70-80");
            assertThat(f.unit()).isEqualTo("percent");
            assertThat(f.articles()).containsExactlyInAnyOrder(A000, A001, A002, A004);
        });
        assertThat(claims.figures()).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("26000");
            assertThat(f.unit()).isEqualTo("km2");
            assertThat(f.articles()).containsExactlyInAnyOrder(A000, A001, A002, A004);
        });
        assertThat(claims.figures()).anyMatch(f -> f.value().equals("0.2") && f.unit().equals("fraction"));
        assertThat(claims.figures()).anyMatch(f -> f.value().equals("110000") && f.unit().equals("km2"));
        assertThat(claims.figures()).noneMatch(f -> f.value().equals("1991") || f.value().equals("2022"));
    }

    @Test
    void entities() {
        Entity peskov = claims.entities().stream().filter(e -> e.variants().contains("Dmitry Peskov")).findFirst()
                .orElseThrow();
        assertThat(peskov.variants()).contains("Dmitri Peskov").doesNotContain("Dimitri Simes");
        assertThat(peskov.type()).isEqualTo("PERSON");
        Entity zap = claims.entities().stream().filter(e -> e.variants().contains("Zaporizhzhia")).findFirst()
                .orElseThrow();
        assertThat(zap.variants()).contains("Zaporizhia");
        assertThat(claims.entities()).anyMatch(e -> e.name().equals("Dimitri Simes") && e.type().equals("PERSON"));
    }
}
