package org.triangulate.testkit.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Generated hostile inputs for the robustness benchmark: huge pages of several shapes, an empty file, binary
 * noise and a gzip bomb. Each is built on demand (seeded, so every run sees the same bytes) and named like a
 * file, since the ingester uses the name as a tie-breaker when it sniffs the format.
 */
public final class StressInputs {
    /** One generated input. */
    public record Input(String name, String what, Supplier<byte[]> bytes) {
    }

    private static final String[] SENTENCES = {
            "Russian forces have captured more territory in Ukraine this year than in any year since the invasion,"
                    + " according to analysts who track the front line every day.",
            "The pace of the advance picked up in the autumn, when units pushed towards the logistics hub of"
                    + " Pokrovsk and the town of Kupiansk in the east.",
            "Officials in Kyiv said on Wednesday that air defences had shot down most of the drones launched"
                    + " overnight, but that debris had damaged homes in three districts.",
            "\"We are seeing a war of attrition, and the numbers favour the side with more men,\" said one"
                    + " military analyst, who asked not to be named.",
            "The finance ministry expects the budget deficit to narrow to 4.1% of output next year, helped by"
                    + " higher tax receipts and a slower rise in spending.",
            "Talks between the two delegations are due to resume in Geneva next month, a spokesman for the foreign"
                    + " ministry told reporters, without giving a date.",
            "Local authorities ordered the evacuation of families with children from 11 villages near the border,"
                    + " citing intensified shelling in recent weeks.",
            "Prices of wheat and corn rose on world markets after the announcement, reversing losses from earlier"
                    + " in the week, traders in Chicago said.",
    };

    private StressInputs() {
    }

    /** The standard set: every input the robustness requirement names, at the given size of the huge ones. */
    public static List<Input> standard(int megabytes) {
        int size = megabytes * 1024 * 1024;
        return List.of(
                new Input("article-" + megabytes + "mb.html", "article near the top, then comments and related "
                        + "cards", () -> articlePage(size, false)),
                new Input("article-late-" + megabytes + "mb.html", "inline state JSON, styles and SVG before the "
                        + "article", () -> articlePage(size, true)),
                new Input("no-prose-" + megabytes + "mb.html", "menus, link lists, tables of figures",
                        () -> noProse(size)),
                new Input("text-node-" + megabytes + "mb.html", "one text node", () -> oneTextNode(size)),
                new Input("nested-divs-100k.html", "100,000 nested divs around a paragraph", () -> nested(100_000)),
                new Input("tiny-elements-1m.html", "1,000,000 tiny inline elements", () -> tinyElements(1_000_000)),
                new Input("dump-" + megabytes + "mb.txt", "plain-text page dump", () -> textDump(size)),
                new Input("empty.html", "0 bytes", () -> new byte[0]),
                new Input("random-" + megabytes + "mb.bin", "random bytes", () -> random(size)),
                new Input("bomb.html.gz", "gzip of 1 GB of markup", () -> gzipBomb(1024L * 1024 * 1024)));
    }

    private static String paragraph(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 3 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(SENTENCES[r.nextInt(SENTENCES.length)]);
        }
        return b.toString();
    }

    private static StringBuilder head(StringBuilder b) {
        return b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Russia's gains accelerate in Ukraine | Example News</title>")
                .append("<meta property=\"og:site_name\" content=\"Example News\">")
                .append("<meta property=\"article:published_time\" content=\"2024-11-20T09:01:00Z\">")
                .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":")
                .append("\"Russia's gains accelerate in Ukraine\",\"author\":{\"@type\":\"Person\",\"name\":")
                .append("\"Naila Huseynova\"}}</script>");
    }

    private static void article(StringBuilder b, Random r) {
        b.append("<nav class=\"menu\"><ul>");
        for (String s : new String[]{"Home", "World", "Business", "Markets", "Sport", "Culture"}) {
            b.append("<li><a href=\"/").append(s.toLowerCase()).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul></nav><main><article><h1>Russia's gains accelerate in Ukraine</h1>")
                .append("<p class=\"byline\">By Naila Huseynova</p>");
        b.append("<p>KYIV, Nov 20 (Reuters) - ").append(paragraph(r)).append("</p>");
        for (int i = 0; i < 14; i++) {
            b.append("<p>").append(paragraph(r)).append("</p>");
        }
        b.append("</article></main>");
    }

    /** A news page of about {@code size} bytes; {@code late}: megabytes of inline data come before the article. */
    static byte[] articlePage(int size, boolean late) {
        Random r = new Random(7);
        StringBuilder b = new StringBuilder(size + 4096);
        head(b);
        if (late) {
            // client-side frameworks ship page state as one script, icons as inline SVG, fonts as data URIs
            b.append("<style>");
            while (b.length() < size * 0.2) {
                b.append(".c").append(b.length()).append("{margin:0 4px;padding:2px;color:#333}");
            }
            b.append("</style></head><body><svg width=\"0\" height=\"0\">");
            while (b.length() < size * 0.4) {
                b.append("<path d=\"M").append(r.nextInt(999)).append(' ').append(r.nextInt(999))
                        .append("L10 20L30 40Z\"/>");
            }
            b.append("</svg><script>window.__STATE__={\"items\":[");
            while (b.length() < size * 0.7) {
                b.append("{\"id\":").append(r.nextInt()).append(",\"teaser\":\"")
                        .append(SENTENCES[r.nextInt(SENTENCES.length)].replace("\"", "\\\"")).append("\"},");
            }
            b.append("{}]};</script>");
        } else {
            b.append("</head><body>");
        }
        article(b, r);
        b.append("<section class=\"comments\">");
        int i = 0;
        while (b.length() < size - 200) {
            if (i % 10 == 0) {
                b.append("<aside class=\"related\"><h3>Related stories</h3><ul>");
                for (int k = 0; k < 5; k++) {
                    b.append("<li><a href=\"/story/").append(i).append('-').append(k).append("\">")
                            .append(SENTENCES[r.nextInt(SENTENCES.length)], 0, 60).append("</a></li>");
                }
                b.append("</ul></aside>");
            }
            b.append("<div class=\"comment\"><span class=\"user\">reader").append(i++)
                    .append("</span><p>").append(SENTENCES[r.nextInt(SENTENCES.length)]).append("</p>")
                    .append("<a href=\"#reply\">Reply</a></div>");
        }
        b.append("</section><footer>Copyright 2024 Example News</footer></body></html>");
        return bytes(b);
    }

    /** Markup without any prose: navigation, link lists and tables of figures. */
    static byte[] noProse(int size) {
        Random r = new Random(11);
        StringBuilder b = new StringBuilder(size + 4096);
        head(b).append("</head><body>");
        int i = 0;
        while (b.length() < size - 200) {
            b.append("<div class=\"menu-").append(i % 13).append("\"><ul>");
            for (int k = 0; k < 8; k++) {
                b.append("<li><a href=\"/s/").append(i).append('/').append(k).append("\">Item ").append(k)
                        .append("</a></li>");
            }
            b.append("</ul><table><tr><td>").append(r.nextInt(10_000)).append("</td><td>")
                    .append(r.nextInt(100)).append(".").append(r.nextInt(100)).append("%</td></tr></table></div>");
            i++;
        }
        b.append("</body></html>");
        return bytes(b);
    }

    static byte[] oneTextNode(int size) {
        Random r = new Random(13);
        StringBuilder b = new StringBuilder(size + 256).append("<html><body><p>");
        while (b.length() < size - 30) {
            b.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
        }
        return bytes(b.append("</p></body></html>"));
    }

    static byte[] nested(int depth) {
        StringBuilder b = new StringBuilder(depth * 12 + 1024).append("<html><body>");
        b.append("<div>".repeat(depth));
        b.append("<p>").append(SENTENCES[0]).append(' ').append(SENTENCES[1]).append(' ').append(SENTENCES[2])
                .append(' ').append(SENTENCES[3]).append("</p>");
        b.append("</div>".repeat(depth));
        return bytes(b.append("</body></html>"));
    }

    static byte[] tinyElements(int count) {
        StringBuilder b = new StringBuilder(count * 10 + 256).append("<html><body><div>");
        for (int i = 0; i < count; i++) {
            b.append(i % 2 == 0 ? "<b>a</b>" : "<i>b</i> ");
        }
        return bytes(b.append("</div></body></html>"));
    }

    /** A rendered page saved as text: menu lines, the article's paragraphs, then endless comment lines. */
    static byte[] textDump(int size) {
        Random r = new Random(17);
        StringBuilder b = new StringBuilder(size + 4096);
        b.append("Home\nWorld\nBusiness\nMarkets\n\nRussia's gains accelerate in Ukraine\n\nBy Naila Huseynova\n")
                .append("November 20, 2024\n\n");
        for (int i = 0; i < 15; i++) {
            b.append(paragraph(r)).append("\n\n");
        }
        int i = 0;
        while (b.length() < size - 100) {
            b.append("reader").append(i++).append("\n").append(SENTENCES[r.nextInt(SENTENCES.length)])
                    .append("\nReply\n\n");
        }
        return bytes(b);
    }

    static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(19).nextBytes(b);
        return b;
    }

    /** {@code inflated} bytes of repeated markup, gzipped (about a thousandth of the size). */
    static byte[] gzipBomb(long inflated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = "<div><p>a</p></div>".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            gz.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < inflated; n += chunk.length) {
                gz.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(StringBuilder b) {
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
