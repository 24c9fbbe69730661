package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
    private static Format sniff(String s, String name) {
        return FormatSniffer.sniff(s.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void htmlByDoctypeTagsOrCommentsFirst() {
        assertThat(sniff("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt")).isEqualTo(Format.HTML);
        assertThat(sniff("\uFEFF  <!-- saved from url=(0041)https://x.org -->\n<html lang=en>", null))
                .isEqualTo(Format.HTML);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">", null)).isEqualTo(Format.HTML);
        assertThat(sniff("<div class=\"article\"><p>Body</p></div>", null)).isEqualTo(Format.HTML);
    }

    @Test
    void proseQuotingTagsStaysText() {
        String prose = "Wrap each block in <div> or <p> tags; a <span> is inline. Use <br> rarely, <table> for data,"
                + " <ul> and <li> for lists, <h1> once, <a> for links, <head> for metadata, <body> for content,"
                + " <script> last.\n\nThat is all there is to it.\n";
        assertThat(sniff(prose, "expected.txt")).isEqualTo(Format.TEXT);
        assertThat(sniff("Saved fragment\n<div>\n<p>One</p>\n<p>Two</p>\n</div>\n", "page.html")).isEqualTo(Format.HTML);
    }

    @Test
    void feedsByRootElement() {
        assertThat(sniff("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>", "x.html"))
                .isEqualTo(Format.FEED);
        assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>", null)).isEqualTo(Format.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\">", null))
                .isEqualTo(Format.FEED);
        assertThat(sniff("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", null))
                .isEqualTo(Format.FEED);
    }

    @Test
    void warcArcAndJsonl() {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "a.txt")).isEqualTo(Format.WARC);
        assertThat(sniff("filedesc://crawl.arc 0.0.0.0 20241120101806 text/plain 70\n", null)).isEqualTo(Format.WARC);
        assertThat(sniff("{\"url\": \"https://x.org/a\", \"html\": \"<p>x</p>\"}\n{\"text\": \"y\"}\n", "dump.txt"))
                .isEqualTo(Format.JSONL);
        assertThat(sniff("[\n  {\"text\": \"y\"}\n]", null)).isEqualTo(Format.JSONL);
        assertThat(sniff("{Breaking} Putin open to talks\n\nMOSCOW - ...", null)).isEqualTo(Format.TEXT);
    }

    @Test
    void markdownByFrontMatterOrSyntaxTextOtherwise() {
        assertThat(sniff("---\nlayout: post\ntitle: \"Putin\"\n---\n\nMOSCOW (Reuters) - ...", "001.txt"))
                .isEqualTo(Format.MARKDOWN);
        assertThat(sniff("# Heading\n\nSee [the report](https://x.org/r).\n\n## More\n\nText.", null))
                .isEqualTo(Format.MARKDOWN);
        assertThat(sniff("Putin open to discussing Ukraine ceasefire\n\nby The Kyiv Independent news desk\n", "a.txt"))
                .isEqualTo(Format.TEXT);
        // the name breaks a tie only: plain prose named .md is Markdown, the same prose named .txt a text dump
        assertThat(sniff("Just a paragraph of prose.", "notes.md")).isEqualTo(Format.MARKDOWN);
        assertThat(sniff("Just a paragraph of prose.", "notes.txt")).isEqualTo(Format.TEXT);
        assertThat(sniff("Just a paragraph of prose.", null)).isEqualTo(Format.TEXT);
    }

    @Test
    void binaryAndGzip() {
        assertThat(FormatSniffer.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0}))
                .isTrue();
        assertThat(FormatSniffer.looksBinary("Plain text\nwith lines\r\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(FormatSniffer.looksBinary(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0, 'b', 0})).isFalse();
        assertThat(FormatSniffer.isGzip(new byte[] {0x1f, (byte) 0x8b, 8})).isTrue();
    }

    @Test
    void aFeedWithAnInternalDoctypeSubsetIsStillAFeedAndWarcMagicIsRecognised() {
        String rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY a \"b\">\n]>\n<rss version=\"2.0\">";
        assertThat(FormatSniffer.sniff(rss.getBytes(), null)).isEqualTo(Format.FEED);
        assertThat(FormatSniffer.isWarc("WARC/1.1\r\nWARC-Type: warcinfo".getBytes())).isTrue();
        assertThat(FormatSniffer.isWarc("filedesc://crawl.arc 0.0.0.0".getBytes())).isTrue();
        assertThat(FormatSniffer.isWarc("<html>".getBytes())).isFalse();
    }
}
