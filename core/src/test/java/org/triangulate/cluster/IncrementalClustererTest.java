package org.triangulate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;

class IncrementalClustererTest {
    private static final Path SEEDS = Path.of("..", "demo", "seeds");

    /** A rough local reader (the real extractor is another stage): body lines of 8+ words, front matter skipped. */
    static Article seed(String prefix, Instant published) throws IOException {
        Path file;
        try (var s = Files.list(SEEDS)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file);
        List<String> paragraphs = new ArrayList<>();
        boolean frontMatter = !lines.isEmpty() && lines.get(0).strip().equals("---");
        for (int i = frontMatter ? 1 : 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (frontMatter) {
                frontMatter = !l.equals("---");
                continue;
            }
            if (l.split("\\s+").length >= 8 && !l.contains("Getty Images") && !l.contains("Become a member")
                    && !l.startsWith("This month,")) {
                paragraphs.add(l);
            }
        }
        return new Article(prefix, file.toString(), null, null, null, null, published, null, null, "en", null,
                null, null, paragraphs, Map.of());
    }

    static List<Article> seeds() throws IOException {
        return List.of(seed("000", Instant.parse("2024-11-20T09:01:00Z")),
                seed("001", Instant.parse("2024-11-20T10:18:06Z")),
                seed("002", Instant.parse("2024-11-20T10:20:00Z")),
                seed("003", Instant.parse("2023-12-23T15:40:00Z")),
                seed("004", null));
    }

    private static Set<Set<String>> events(Clustering c) {
        return c.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
    }

    @Test
    void seedsFormTwoEventsInOneStoryline() throws IOException {
        Clusterer c = ClusterStage.standard();
        c.add(seeds());
        Clustering out = c.snapshot();

        assertThat(events(out)).containsExactlyInAnyOrder(Set.of("000", "001", "002", "004"), Set.of("003"));
        assertThat(out.storylines()).hasSize(1);
        Storyline s = out.storylines().get(0);
        assertThat(s.events()).hasSize(2);
        assertThat(s.events().get(0)).isEqualTo(out.eventOf("003").orElseThrow().id()); // oldest first
        assertThat(s.title()).contains("Ukraine").contains("ceasefire");
        assertThat(s.links()).singleElement().satisfies(l -> {
            assertThat(l.sharedEntities()).contains("Ukraine");
            assertThat(l.reason()).contains("key entities");
        });
    }

    @Test
    void seedsThroughTheRealExtractorGiveTheSameEvents() {
        List<Article> articles = new ArrayList<>();
        org.triangulate.Triangulate.standard().extract(List.of(SEEDS.toString()), articles::add, e -> {
        });
        assertThat(articles).hasSize(5);
        Clusterer c = ClusterStage.standard();
        c.add(articles);
        Clustering out = c.snapshot();
        Set<Set<String>> byPrefix = out.events().stream()
                .map(e -> e.articles().stream().map(id -> id.substring(0, 3)).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(byPrefix).containsExactlyInAnyOrder(Set.of("000", "001", "002", "004"), Set.of("003"));
        assertThat(out.storylines()).hasSize(1);
    }

    @Test
    void subsetCopyIsADuplicateWithContainmentBothWays() throws IOException {
        Clusterer c = ClusterStage.standard();
        c.add(seeds());
        DuplicatePair p = c.snapshot().duplicates().stream()
                .filter(d -> Set.of(d.a(), d.b()).equals(Set.of("001", "002"))).findFirst().orElseThrow();
        double twoInOne = p.a().equals("002") ? p.containmentAInB() : p.containmentBInA();
        double oneInTwo = p.a().equals("002") ? p.containmentBInA() : p.containmentAInB();
        assertThat(twoInOne).isGreaterThanOrEqualTo(0.6);
        assertThat(oneInTwo).isLessThan(twoInOne);
        assertThat(p.jaccard()).isBetween(0.0, 1.0);
    }

    @Test
    void everyMemberIsExplained() throws IOException {
        Clusterer c = ClusterStage.standard();
        c.add(seeds());
        EventCluster big = c.snapshot().eventOf("001").orElseThrow();
        assertThat(big.members()).extracting(Membership::article)
                .containsExactlyInAnyOrderElementsOf(big.articles());
        for (Membership m : big.members()) {
            assertThat(m.reason()).isNotBlank();
            if (m.nearest() != null && !m.reason().startsWith("near-duplicate")) {
                assertThat(m.sharedTerms()).isNotEmpty();
                assertThat(m.sharedEntities()).isNotEmpty();
            }
        }
        assertThat(big.topEntities()).contains("Putin");
        assertThat(big.first()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
    }

    @Test
    void addingInTwoHalvesGivesTheSameEvents() throws IOException {
        List<Article> all = seeds();
        Clusterer once = ClusterStage.standard();
        once.add(all);
        Clusterer halves = ClusterStage.standard();
        halves.add(List.of(all.get(4), all.get(1)));
        halves.add(List.of(all.get(0), all.get(3), all.get(2)));
        assertThat(events(halves.snapshot())).isEqualTo(events(once.snapshot()));
    }

    @Test
    void largeRegionIsExtendedWithNewArticlesOnly() throws IOException {
        List<Article> all = seeds();
        Article wire = all.get(1);
        List<Article> first = new ArrayList<>(List.of(all.get(0), wire, all.get(2), all.get(4)));
        // enough verbatim copies for the region to pass the large-region bound: later batches extend it
        for (int i = 0; i < IncrementalClusterer.LARGE_REGION; i++) {
            first.add(copy(wire, "copy" + i));
        }
        Clusterer c = ClusterStage.standard();
        c.add(first);
        c.add(List.of(all.get(3), copy(all.get(2), "late")));
        Clustering out = c.snapshot();

        String event = out.eventOf("001").orElseThrow().id();
        assertThat(out.eventOf("late").orElseThrow().id()).isEqualTo(event);
        assertThat(out.eventOf("copy7").orElseThrow().id()).isEqualTo(event);
        assertThat(out.eventOf("004").orElseThrow().id()).isEqualTo(event);
        assertThat(out.eventOf("003").orElseThrow().id()).isNotEqualTo(event);
        assertThat(out.events().stream().mapToInt(e -> e.articles().size()).sum())
                .isEqualTo(first.size() + 2);
    }

    private static Article copy(Article a, String id) {
        return new Article(id, id, null, a.title(), null, null, a.published(), null, null, "en", null, null, null,
                a.paragraphs(), Map.of());
    }

    @Test
    void badInputDoesNotBreakTheBatch() {
        Article empty = new Article("empty", "empty.txt", null, null, null, null, null, null, null, null, null,
                null, null, List.of(), Map.of());
        Article blank = new Article("blank", "blank.txt", null, "", null, null, null, null, null, null, null,
                null, null, List.of("   ", "!!!"), Map.of());
        Clusterer c = ClusterStage.standard();
        List<Article> batch = new ArrayList<>();
        batch.add(empty);
        batch.add(null);
        batch.add(blank);
        batch.add(empty); // same id twice: counted once
        c.add(batch);
        Set<String> ids = new HashSet<>();
        c.snapshot().events().forEach(e -> ids.addAll(e.articles()));
        assertThat(ids).containsExactlyInAnyOrder("empty", "blank");
    }
}
