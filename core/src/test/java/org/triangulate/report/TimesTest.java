package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;

class TimesTest {
    private static Article article(String id, String published, String local, Map<String, String> prov) {
        return new Article(id, id + ".html", null, null, null, null, Instant.parse(published), local, null, "en", null,
                null, null, List.of("Text."), prov);
    }

    @Test
    void aDayWithoutATimeIsPrintedAsADay() {
        Article fromUrl = article("a", "2024-11-20T00:00:00Z", "2024-11-20", Map.of("published", "url path"));
        Article jsonl = article("b", "2024-11-20T00:00:00Z", null, Map.of("published", "jsonl published (date only, 00:00 UTC)"));
        Article timed = article("c", "2024-11-20T07:01:00Z", "2024-11-20T09:01+02:00", Map.of());
        Article midnight = article("d", "2024-11-20T00:00:00Z", "2024-11-20T00:00Z", Map.of());
        assertThat(Times.published(fromUrl)).isEqualTo("2024-11-20 (day only)");
        assertThat(Times.published(jsonl)).isEqualTo("2024-11-20 (day only)");
        assertThat(Times.published(timed)).isEqualTo("2024-11-20 07:01 UTC");
        // a page that says midnight means midnight
        assertThat(Times.published(midnight)).isEqualTo("2024-11-20 00:00 UTC");
    }

    @Test
    void anEventTimeIsADayOnlyWhenEveryArticleAtThatInstantGaveOnlyADay() {
        Article day = article("a", "2024-11-20T00:00:00Z", "2024-11-20", Map.of());
        Article midnight = article("d", "2024-11-20T00:00:00Z", "2024-11-20T00:00Z", Map.of());
        Instant t = Instant.parse("2024-11-20T00:00:00Z");
        assertThat(Times.at(t, List.of(day))).isEqualTo("2024-11-20 (day only)");
        assertThat(Times.at(t, List.of(day, midnight))).isEqualTo("2024-11-20 00:00 UTC");
        assertThat(Times.at(Instant.parse("2024-11-20T14:45:00Z"), List.of(day))).isEqualTo("2024-11-20 14:45 UTC");
    }

    @Test
    void aDayOnlyPageSortsAfterTheTimedPagesOfItsDayAndUndatedPagesSortLast() {
        Article day = article("a", "2024-11-20T00:00:00Z", "2024-11-20", Map.of());
        Article morning = article("b", "2024-11-20T07:01:00Z", "2024-11-20T09:01+02:00", Map.of());
        Article evening = article("c", "2024-11-20T21:30:00Z", "2024-11-20T21:30Z", Map.of());
        Article nextDay = article("d", "2024-11-21T00:05:00Z", "2024-11-21T00:05Z", Map.of());
        Article undated = new Article("e", "e.html", null, null, null, null, null, null, null, "en", null, null, null,
                List.of("Text."), Map.of());
        List<Article> sorted = java.util.stream.Stream.of(undated, nextDay, day, evening, morning).sorted(Times.ORDER).toList();
        assertThat(sorted).extracting(Article::id).containsExactly("b", "c", "a", "d", "e");
    }
}
