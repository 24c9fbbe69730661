package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcExpanderTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String UK_PAGE = "<html><head><title>Путін готовий до переговорів</title></head><body>"
            + "<p>Президент Росії Володимир Путін готовий обговорити угоду про припинення вогню.</p></body></html>";
    private static final String EN_PAGE = "<!DOCTYPE html><html><body><p>MOSCOW (Reuters) - Putin is open to talks."
            + "</p></body></html>";

    @TempDir
    Path dir;

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-11-20T10:30:00Z")).body(http).build();
    }

    private Path writeWarc(String name, WarcCompression compression) throws IOException {
        Path p = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                compression)) {
            HttpRequest get = new HttpRequest.Builder("GET", "/uk").build();
            w.write(new WarcRequest.Builder(URI.create("https://news.example.ua/uk")).body(get).build());
            w.write(response("https://news.example.ua/uk", 200, "text/html; charset=windows-1251",
                    UK_PAGE.getBytes(CP1251)));
            w.write(response("https://news.example.ua/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://news.example.ua/gone", 404, "text/html", "<html>gone</html>".getBytes()));
            w.write(response("https://wire.example.com/en", 200, "text/html", EN_PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        return p;
    }

    @Test
    void htmlResponsesBecomeDocumentsWithTransportMetadata() throws IOException {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path warc = writeWarc(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", c);

            Docs d = Docs.ingest(warc.toString());

            assertThat(d.errors).isEmpty();
            assertThat(d.sources()).containsExactly(warc + "#2", warc + "#5");
            RawDocument uk = d.documents.get(0);
            assertThat(uk.format()).isEqualTo(Format.HTML);
            assertThat(uk.url()).isEqualTo("https://news.example.ua/uk");
            assertThat(uk.fetched()).isEqualTo(Instant.parse("2024-11-20T10:30:00Z"));
            assertThat(uk.declaredCharset()).isEqualTo("windows-1251");
            assertThat(uk.text()).isEqualTo(UK_PAGE);
            assertThat(d.documents.get(1).text()).isEqualTo(EN_PAGE);
        }
    }

    @Test
    void aBrokenRecordIsReportedAndEarlierRecordsStillComeOut() throws IOException {
        Path warc = writeWarc("crawl.warc", WarcCompression.NONE);
        byte[] good = Files.readAllBytes(warc);
        byte[] garbage = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n<html>".getBytes(StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.warc");
        Files.write(broken, good);
        Files.write(broken, garbage, StandardOpenOption.APPEND);

        Docs d = Docs.ingest(broken.toString());

        assertThat(d.sources()).containsExactly(broken + "#2", broken + "#5");
        assertThat(d.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(broken + "#6");
            assertThat(e.reason()).startsWith("broken WARC record, rest of the file skipped: ");
        });
    }

    @Test
    void aTruncatedGzipWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        Path warc = writeWarc("crawl.warc.gz", WarcCompression.GZIP);
        byte[] all = Files.readAllBytes(warc);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(all, all.length - 40));

        Docs d = Docs.ingest(cut.toString());

        assertThat(d.sources()).containsExactly(cut + "#2");
        assertThat(d.errors).extracting(InputError::source).containsExactly(cut + "#5", cut.toString());
        assertThat(d.errors.get(0).reason()).startsWith("broken WARC record");
        assertThat(d.errors.get(1).reason()).startsWith("gzip data truncated (unexpected end of data");
    }

    @Test
    void recordsOverTheLimitAreSkippedWithAClearError() throws IOException {
        Path warc = writeWarc("crawl.warc", WarcCompression.NONE);
        Docs d = Docs.ingest(java.io.InputStream.nullInputStream(), 150, warc.toString());
        assertThat(d.documents).isEmpty();
        assertThat(d.errors).isNotEmpty().allSatisfy(e -> assertThat(e.reason()).contains("exceeds the limit of 150 bytes"));
    }

    @Test
    void arcFilesAreRead() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + EN_PAGE;
        int len = http.getBytes(StandardCharsets.UTF_8).length;
        String header = "1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n";
        String arc = "filedesc://crawl.arc 0.0.0.0 20241120103000 text/plain " + header.length() + "\n" + header + "\n"
                + "https://wire.example.com/en 1.2.3.4 20241120103000 text/html " + len + "\n" + http + "\n";
        Path p = Files.writeString(dir.resolve("crawl.arc"), arc);

        Docs d = Docs.ingest(p.toString());

        assertThat(d.errors).isEmpty();
        assertThat(d.documents).singleElement().satisfies(doc -> {
            assertThat(doc.url()).isEqualTo("https://wire.example.com/en");
            assertThat(doc.text()).isEqualTo(EN_PAGE);
        });
    }

    @Test
    void binaryPayloadsAtTheStartOfAWarcDoNotMakeItBinary() throws IOException {
        byte[] jpeg = new byte[4096];
        for (int i = 0; i < jpeg.length; i++) {
            jpeg[i] = (byte) i; // NULs and control bytes, as in any image
        }
        for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path p = dir.resolve("images-first-" + compression + ".warc");
            try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    compression)) {
                w.write(response("https://wire.example.com/logo.jpg", 200, "image/jpeg", jpeg));
                w.write(response("https://wire.example.com/en", 200, "text/html", EN_PAGE.getBytes(StandardCharsets.UTF_8)));
            }
            Docs d = Docs.ingest(p.toString());
            assertThat(d.errors).as(compression.toString()).isEmpty();
            assertThat(d.sources()).containsExactly(p + "#2");
        }
    }
}
