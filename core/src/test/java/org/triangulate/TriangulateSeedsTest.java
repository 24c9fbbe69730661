package org.triangulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.claims.Entity;
import org.triangulate.claims.Quote;
import org.triangulate.cluster.EventCluster;
import org.triangulate.corroborate.Discrepancy;
import org.triangulate.extract.Article;
import org.triangulate.provenance.ArticleProvenance;
import org.triangulate.provenance.EventProvenance;
import org.triangulate.provenance.Role;
import org.triangulate.report.JsonReport;

/** The foundation issue's end-to-end expectations on the five bundled seed pages. */
class TriangulateSeedsTest {
    static final Path SEEDS = Path.of("../demo/seeds");
    static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = Triangulate.standard().analyze(List.of(SEEDS.toString()));
    }

    static String id(String prefix) {
        return analysis.articles().stream().map(Article::id).filter(i -> i.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + prefix));
    }

    static Article article(String prefix) {
        return analysis.article(id(prefix)).orElseThrow();
    }

    static ArticleProvenance prov(String prefix) {
        return analysis.provenance().of(id(prefix)).orElseThrow();
    }

    @Test
    void allFiveSeedsAreReadWithoutErrors() {
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.articles()).hasSize(5);
    }

    @Test
    void eventsAndStoryline() {
        Set<Set<String>> events = new HashSet<>();
        for (EventCluster e : analysis.clustering().events()) {
            events.add(new HashSet<>(e.articles()));
        }
        assertThat(events).containsExactlyInAnyOrder(
                Set.of(id("000"), id("001"), id("002"), id("004")), Set.of(id("003")));
        assertThat(analysis.clustering().storylines()).hasSize(1);
        assertThat(analysis.clustering().storylines().get(0).events()).hasSize(2);
    }

    @Test
    void originsAndMostCompleteCopy() {
        EventCluster reuters = analysis.clustering().eventOf(id("001")).orElseThrow();
        EventCluster nyt = analysis.clustering().eventOf(id("003")).orElseThrow();
        EventProvenance r = analysis.provenance().ofEvent(reuters.id()).orElseThrow();
        EventProvenance n = analysis.provenance().ofEvent(nyt.id()).orElseThrow();
        assertThat(r.originOutlet()).isEqualTo("Reuters");
        assertThat(n.originOutlet()).isEqualTo("The New York Times");
        assertThat(r.mostComplete()).isEqualTo(id("001"));
    }

    @Test
    void roles() {
        assertThat(prov("001").role()).isIn(Role.ORIGINAL, Role.VERBATIM);
        assertThat(prov("002").role()).isEqualTo(Role.NEAR_VERBATIM);
        assertThat(prov("002").copyOf()).isEqualTo(id("001"));
        assertThat(prov("004").role()).isEqualTo(Role.PARAPHRASE);
        assertThat(prov("004").copyOf()).isEqualTo(id("001"));
        assertThat(prov("000").role()).isEqualTo(Role.SUMMARY);
        assertThat(prov("004").passages()).anySatisfy(p -> {
            assertThat(p.text()).contains("nuclear");
            assertThat(p.kind().label()).isEqualTo("addition");
        });
    }

    @Test
    void publishTimesInUtcNeverInvented() {
        assertThat(article("000").published()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(article("001").published()).isBetween(Instant.parse("2024-11-20T10:18:06Z"),
                Instant.parse("2024-11-20T10:18:07Z"));
        assertThat(article("002").published()).isEqualTo(Instant.parse("2024-11-20T10:20:00Z"));
        assertThat(article("003").published()).isEqualTo(Instant.parse("2023-12-23T15:40:00Z"));
        assertThat(article("004").published()).isNull();
    }

    @Test
    void noBoilerplateAndBodyKept() {
        for (Article a : analysis.articles()) {
            assertThat(a.text()).as(a.id())
                    .doesNotContain("AD AD", "Become a member", "$988 million", "MORE NEWS", "Story continues below",
                            "Kryvyi Rih", "IMF approves", "News Feed", "indicates required", "This audio is created");
        }
        assertThat(article("001").text()).contains("MOSCOW").contains("locks the West into a possible direct confrontation");
        assertThat(article("000").text()).contains("Trump has positioned himself as a potential peace broker");
        assertThat(article("003").text()).contains("do not believe Russia is interested in good-faith peace negotiations");
        assertThat(article("004").text()).contains("broader justification for a potential nuclear response");
        assertThat(article("002").text()).contains("locks the West into a possible direct confrontation");
    }

    @Test
    void quotesWithSpeakers() {
        List<Quote> quotes = analysis.claims().quotes();
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.text()).contains("If there is no neutrality");
            assertThat(q.speaker()).contains("Putin");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.text()).contains("freezing the conflict will not work");
            assertThat(q.speaker()).contains("Peskov");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.text()).contains("only person who can bring both sides together");
            assertThat(q.speaker()).contains("Steven Cheung");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.text()).contains("grand bargain");
            assertThat(q.speaker()).contains("Simes");
        });
    }

    @Test
    void entityVariantsMerged() {
        List<Entity> entities = analysis.claims().entities();
        assertThat(entities).anySatisfy(e -> assertThat(e.variants()).contains("Dmitry Peskov", "Dmitri Peskov"));
        assertThat(entities).anySatisfy(e -> assertThat(e.variants()).contains("Zaporizhzhia", "Zaporizhia"));
        assertThat(entities).noneSatisfy(e -> assertThat(String.join("|", e.variants())).contains("Peskov").contains("Simes"));
    }

    @Test
    void discrepanciesAndAgreements() {
        assertThat(analysis.corroboration().discrepancies()).anySatisfy(d -> {
            List<String> texts = d.values().stream().map(v -> v.text()).toList();
            assertThat(String.join("|", texts)).contains("South Korea").contains("Virginia");
        });
        String agreed = String.join("|", analysis.corroboration().agreements().stream().map(f -> f.text()).toList());
        assertThat(agreed).contains("70-80");
        assertThat(agreed).contains("26,000");
        List<Discrepancy> all = new ArrayList<>(analysis.corroboration().discrepancies());
        assertThat(all).noneSatisfy(d -> {
            String t = String.join("|", d.values().stream().map(v -> v.text()).toList());
            assertThat(t).contains("fifth").contains("18%");
        });
        assertThat(analysis.corroboration().compatible()).anySatisfy(d -> {
            String t = String.join("|", d.values().stream().map(v -> v.text()).toList());
            assertThat(t).contains("fifth").contains("18%");
        });
    }

    @Test
    void jsonContractFields() {
        JsonNode root = JsonReport.of(analysis);
        for (String f : List.of("articles", "events", "storylines", "quotes", "figures", "entities", "discrepancies")) {
            assertThat(root.has(f)).as(f).isTrue();
        }
        JsonNode a = root.get("articles").get(0);
        for (String f : List.of("id", "source", "title", "byline", "outlet", "published", "language", "text", "event",
                "role", "copyOf", "citedOrigin")) {
            assertThat(a.has(f)).as("article." + f).isTrue();
        }
        JsonNode e = root.get("events").get(0);
        for (String f : List.of("id", "articles", "storyline", "origin", "mostComplete")) {
            assertThat(e.has(f)).as("event." + f).isTrue();
        }
        assertThat(e.get("origin").has("outlet")).isTrue();
        assertThat(e.get("origin").has("article")).isTrue();
        JsonNode s = root.get("storylines").get(0);
        assertThat(s.has("id") && s.has("title") && s.has("events")).isTrue();
        List<JsonNode> quotes = StreamSupport.stream(root.get("quotes").spliterator(), false).toList();
        assertThat(quotes).allSatisfy(q -> assertThat(q.has("text") && q.has("speaker") && q.has("articles")).isTrue());
        assertThat(root.get("articles").get(0).get("published").asText()).endsWith("Z");
    }
}
