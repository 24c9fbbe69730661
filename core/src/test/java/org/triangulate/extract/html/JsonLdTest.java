package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void readsJsonLdWrappedInCdata() {
        var doc = Jsoup.parse("<head><script type=\"application/ld+json\">//<![CDATA[\n{\"@context\":\"http://schema.org\","
                + "\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Daniel Kahn Gillmor\"}]}\n//]]>"
                + "</script></head>");
        List<JsonNode> ld = JsonLd.objects(doc);
        assertThat(ld).hasSize(1);
        assertThat(JsonLd.names(ld.get(0), "author")).containsExactly("Daniel Kahn Gillmor");
    }

    @Test
    void readsJsonLdRenderedAsAMetaDescriptor() {
        var doc = Jsoup.parse("<head><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,"
                + "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\"><meta name=\"script:ld+json\" content=\"{broken\">"
                + "</head>", "https://example.com/a");
        List<JsonNode> ld = JsonLd.objects(doc);
        assertThat(ld).hasSize(1);
        assertThat(ld.get(0).get("datePublished").asText()).isEqualTo("2025-11-17T09:00:00-05:00");
        assertThat(MetadataExtractor.extract(doc, "https://example.com/a").provenance().get("published"))
                .startsWith("json-ld");
    }

    @Test
    void followsAuthorReferencesThroughTheGraph() {
        var doc = Jsoup.parse("<head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Article\",\"@id\":\"https://example.com/a/#article\",\"author\":{\"name\":\"Jayesh Shinde\","
                + "\"@id\":\"https://example.com/#/schema/person/1\"},\"publisher\":{\"@id\":\"https://example.com/#org\"}},"
                + "{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"https://example.com/#/schema/person/2\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"https://example.com/#/schema/person/2\",\"name\":\"Albert Swann\"},"
                + "{\"@type\":\"Organization\",\"@id\":\"https://example.com/#org\",\"name\":\"Example Media\"}]}</script></head>");
        List<JsonNode> ld = JsonLd.objects(doc);
        assertThat(JsonLd.names(ld.get(0), "author", ld)).containsExactly("Jayesh Shinde");
        assertThat(JsonLd.names(ld.get(1), "author", ld)).containsExactly("Albert Swann");
        assertThat(JsonLd.names(ld.get(1), "author")).as("without the graph the reference has no name").isEmpty();
        assertThat(JsonLd.onlyOrganisations(ld.get(0), "publisher", ld)).isTrue();
        assertThat(JsonLd.onlyOrganisations(ld.get(1), "author", ld)).isFalse();
    }
}
