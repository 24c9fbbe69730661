package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedExpanderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Kyiv Wire</title>
                <link>https://wire.example.ua/</link>
                <language>en-us</language>
                <item>
                  <title>Putin open to discussing Ukraine ceasefire</title>
                  <link>https://wire.example.ua/2024/11/20/putin-ceasefire</link>
                  <pubDate>Wed, 20 Nov 2024 09:01:00 GMT</pubDate>
                  <dc:creator>Naila Huseynova</dc:creator>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>Russian President Vladimir Putin is open to discussing a ceasefire.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Only a description</title>
                  <link>https://wire.example.ua/2024/11/21/other</link>
                  <description>&lt;p&gt;The description is the body here.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Saved locally</title>
                  <link>https://wire.example.ua/2024/11/22/saved-story.html</link>
                  <description>Teaser only.</description>
                </item>
                <item>
                  <title>Nothing at all</title>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Desk</title>
              <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
              <updated>2023-12-23T16:00:00Z</updated>
              <entry>
                <title>NYT: Putin open to ceasefire</title>
                <link href="pages/nyt-report.html"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2023-12-23T17:40:00+02:00</published>
                <updated>2023-12-24T08:00:00Z</updated>
                <author><name>News Desk</name></author>
                <summary>Summary.</summary>
              </entry>
              <entry>
                <title>Plain text content</title>
                <id>urn:uuid:2</id>
                <updated>2023-12-23T18:00:00Z</updated>
                <content type="text">First paragraph &amp; more.

            Second paragraph.</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void anItemsDateKeepsTheOffsetTheFeedWroteItIn() throws IOException {
        Files.writeString(dir.resolve("zones.xml"), """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Desk</title>
                <item><title>Kyiv</title><pubDate>Thu, 21 Nov 2024 10:00:00 +0200</pubDate>
                  <description>Body one.</description></item>
                <item><title>New York</title><pubDate>Thu, 21 Nov 2024 03:00:00 EST</pubDate>
                  <description>Body two.</description></item>
                <item><title>Dublin Core</title><dc:date>2024-11-21T13:30:00+05:30</dc:date>
                  <description>Body three.</description></item>
                <item><title>UTC</title><pubDate>Thu, 21 Nov 2024 08:00:00 GMT</pubDate>
                  <description>Body four.</description></item>
                </channel></rss>
                """);
        Docs d = Docs.ingest(dir.toString());
        assertThat(d.documents).extracting(doc -> doc.fields().get("published")).containsExactly(
                "2024-11-21T10:00:00+02:00", "2024-11-21T03:00:00-05:00", "2024-11-21T13:30:00+05:30",
                "2024-11-21T08:00:00Z");
    }

    @Test
    void rssItemsBecomeDocumentsWithFields() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.xml"), RSS);
        Path saved = Files.writeString(dir.resolve("saved-story.html"),
                "<html><body><p>The full saved story.</p></body></html>");

        Docs d = Docs.ingest(dir.toString());

        // the saved page comes out once, as the feed's item, not again as a file of its own
        assertThat(d.sources()).containsExactly(feed + "#1", feed + "#2", feed + "#3");
        assertThat(d.errors).extracting(InputError::toString)
                .containsExactly(feed + "#4: ingest: feed item has no content, description or local page");

        RawDocument first = d.documents.get(0);
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.text()).isEqualTo("<p>Russian President Vladimir Putin is open to discussing a ceasefire.</p>");
        assertThat(first.url()).isEqualTo("https://wire.example.ua/2024/11/20/putin-ceasefire");
        assertThat(first.fields())
                .containsEntry("title", "Putin open to discussing Ukraine ceasefire")
                .containsEntry("published", "2024-11-20T09:01:00Z")
                .containsEntry("provenance.published", "rss pubDate")
                .containsEntry("author", "Naila Huseynova")
                .containsEntry("outlet", "Kyiv Wire")
                .containsEntry("language", "en-us")
                .containsEntry("description", "Short summary.")
                .containsEntry("content", "rss content:encoded");

        assertThat(d.documents.get(1).text()).isEqualTo("<p>The description is the body here.</p>");
        assertThat(d.documents.get(1).fields()).containsEntry("content", "rss description");

        RawDocument local = d.documents.get(2);
        assertThat(local.text()).contains("The full saved story.");
        assertThat(local.fields()).containsEntry("content", "local page " + saved.getFileName());
        assertThat(local.url()).isEqualTo("https://wire.example.ua/2024/11/22/saved-story.html");
    }

    @Test
    void atomEntriesWithRelativeLinksToLocalPages() throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/nyt-report.html"), "<html><body><p>Full NYT report.</p></body></html>");
        Path feed = Files.writeString(dir.resolve("atom.xml"), ATOM);

        Docs d = Docs.ingest(feed.toString());

        assertThat(d.errors).isEmpty();
        assertThat(d.documents).hasSize(2);
        RawDocument first = d.documents.get(0);
        assertThat(first.text()).contains("Full NYT report.");
        assertThat(first.fields())
                // the same instant as 15:40Z, at the offset the entry was written in
                .containsEntry("published", "2023-12-23T17:40:00+02:00")
                .containsEntry("provenance.published", "atom published")
                .containsEntry("modified", "2023-12-24T08:00:00Z")
                .containsEntry("author", "News Desk")
                .containsEntry("outlet", "Atom Desk");
        assertThat(d.documents.get(1).text()).isEqualTo("<p>First paragraph &amp; more.</p>\n<p>Second paragraph.</p>\n");
    }

    @Test
    void malformedFeedsAreReported() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rss"), "<rss version=\"2.0\"><channel><item><title>x</item>");
        Path good = Files.writeString(dir.resolve("page.html"), "<html><body><p>Fine.</p></body></html>");

        Docs d = Docs.ingest(bad.toString(), good.toString());

        assertThat(d.sources()).containsExactly(good.toString());
        assertThat(d.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(bad.toString());
            assertThat(e.reason()).startsWith("malformed feed: ");
        });
    }

    @Test
    void rssAuthorAddressesGiveTheNameAndRelativeLinksNeedTheFeedsAddress() throws IOException {
        Path feed = Files.writeString(dir.resolve("desk.rss"), """
                <rss version="2.0"><channel><title>Desk</title><link>https://desk.example.com/news/</link>
                <item><title>A</title><link>2024/a-story</link><author>desk@desk.example.com (Tom Balmforth)</author>
                <description>Body text of the story.</description></item>
                <item><title>B</title><link>b-story.html</link><author>Jane Doe</author>
                <description>Body text of the other story.</description></item>
                </channel></rss>
                """);
        Docs d = Docs.ingest(feed.toString());
        assertThat(d.documents.get(0).fields()).containsEntry("author", "Tom Balmforth")
                .containsEntry("url", "https://desk.example.com/news/2024/a-story");
        assertThat(d.documents.get(1).fields()).containsEntry("author", "Jane Doe");
        assertThat(FeedExpander.absolute("b-story.html", null)).as("no base: not a page URL").isNull();
        assertThat(FeedExpander.absolute("file:///tmp/x.html", null)).isNull();
    }

    @Test
    void aSavedPageGivenElsewhereInTheBatchIsUsedOnceUnlessItNamesAnotherSite() throws IOException {
        Files.createDirectories(dir.resolve("feeds"));
        Files.createDirectories(dir.resolve("saved"));
        Path feed = Files.writeString(dir.resolve("feeds/wire.rss"), """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Talks</title><link>https://wire.example.ua/2024/11/20/putin-talks</link>
                <description>Teaser.</description></item>
                <item><title>Live</title><link>https://wire.example.ua/live-updates</link>
                <description>Live teaser.</description></item>
                </channel></rss>
                """);
        Path talks = Files.writeString(dir.resolve("saved/putin-talks.html"),
                "<html><body><p>The full saved story about the talks.</p></body></html>");
        Path live = Files.writeString(dir.resolve("saved/live-updates.html"), "<html><head>"
                + "<link rel=\"canonical\" href=\"https://other.example.com/live-updates\"></head>"
                + "<body><p>Another outlet's live page.</p></body></html>");

        Docs d = Docs.ingest(feed.toString(), dir.resolve("saved").toString());

        assertThat(d.errors).isEmpty();
        // feeds come last in a batch: their items wait for pages that may take their place
        assertThat(d.sources()).containsExactly(live.toString(), feed + "#1", feed + "#2");
        assertThat(d.documents.get(1).text()).contains("The full saved story");
        assertThat(d.documents.get(1).fields()).containsEntry("content", "local page " + talks.getFileName());
        assertThat(d.documents.get(2).text()).isEqualTo("Live teaser.");
    }

    @Test
    void anExternalDoctypeIsDroppedAndOneDeclaringEntitiesIsRefused() throws IOException {
        String rss091 = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel>"
                + "<title>Old</title><link>http://old.example.com/</link><description>d</description>"
                + "<item><title>Old item</title><link>http://old.example.com/a</link>"
                + "<description>Old body.</description></item></channel></rss>";
        assertThat(new String(FeedExpander.withoutExternalDoctype(rss091.getBytes()))).doesNotContain("DOCTYPE")
                .startsWith("<?xml version=\"1.0\"?>\n\n<rss");
        Path old = Files.writeString(dir.resolve("old.rss"), rss091);
        Path bomb = Files.writeString(dir.resolve("bomb.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss ["
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<rss version=\"2.0\"><channel><title>x</title><item><title>&b;</title>"
                + "<description>d</description></item></channel></rss>");

        Docs d = Docs.ingest(old.toString(), bomb.toString());

        assertThat(d.sources()).containsExactly(old + "#1");
        assertThat(d.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(bomb.toString());
            assertThat(e.reason()).startsWith("feed refused: its DOCTYPE declares entities");
        });
    }
}
