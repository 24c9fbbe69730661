package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {
    private static final FeedExpander.Item ITEM = new FeedExpander.Item("feeds/wire.rss#2", Map.of(
            "container", "rss", "url", "https://www.wire.example.com/world/2024/11/20/talks",
            "provenance.url", "rss item link", "title", "Talks resume", "provenance.title", "rss item title",
            "published", "2024-11-20T09:01:00Z", "provenance.published", "rss pubDate"));

    private static RawDocument capture(String url, Map<String, String> fields) {
        return new RawDocument("crawl.warc#7", Format.HTML, "<p>Talks resume.</p>".getBytes(StandardCharsets.UTF_8),
                null, url, null, fields);
    }

    @Test
    void urlsCompareWithoutCaseWwwFragmentOrTrailingSlash() {
        assertThat(Batch.key("HTTPS://www.Wire.example.com/world/talks/#top"))
                .isEqualTo(Batch.key("http://wire.example.com/world/talks"));
        assertThat(Batch.key("https://wire.example.com/a?id=1")).isNotEqualTo(Batch.key("https://wire.example.com/a?id=2"));
        assertThat(Batch.key("talks.html")).isNull();
    }

    @Test
    void aCapturedPageTakesTheItemsPlaceOnceAndGainsOnlyWhatItLacks() {
        Batch batch = new Batch(List.of());
        batch.addItem(ITEM);
        RawDocument page = capture("https://wire.example.com/world/2024/11/20/talks/",
                Map.of("container", "warc", "provenance.url", "warc target uri", "title", "Own title"));

        RawDocument adopted = batch.adopt(page);

        assertThat(adopted.fields()).containsEntry("container", "warc").containsEntry("title", "Own title")
                .containsEntry("published", "2024-11-20T09:01:00Z")
                .containsEntry("provenance.published", "rss pubDate (feeds/wire.rss#2)")
                .containsEntry("provenance.url", "warc target uri").containsEntry("feed item", "feeds/wire.rss#2");
        assertThat(batch.taken("https://wire.example.com/world/2024/11/20/talks")).isTrue();
        assertThat(batch.adopt(page)).as("an item is taken once").isSameAs(page);
        assertThat(batch.adopt(capture("https://wire.example.com/other", Map.of()))).extracting(RawDocument::fields)
                .isEqualTo(Map.of());
    }
}
