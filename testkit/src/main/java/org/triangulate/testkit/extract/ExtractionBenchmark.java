package org.triangulate.testkit.extract;


import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.html.HtmlExtractor;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.testkit.HeapSampler;

/**
 * Throughput of the HTML extractor on dev pages held in memory (decompressed once, so only extraction is
 * timed): one warm-up pass, then timed passes, single thread. Prints pages/second, MB/second and peak heap.
 */
public final class ExtractionBenchmark {
    /** Figures of one run. */
    public record Result(int pages, long bytes, int passes, double seconds, double pagesPerSecond,
                         double megabytesPerSecond, long peakHeapBytes, int failures) {
    }

    private final Extractor extractor = new HtmlExtractor();

    public Result run(List<Path> dirs, int passes) throws IOException {
        return run(dirs, passes, Integer.MAX_VALUE);
    }

    /** Times the first {@code limit} pages (by id) of each folder. */
    public Result run(List<Path> dirs, int passes, int limit) throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        long bytes = 0;
        for (Path dir : dirs) {
            List<DevPage> all = DevPage.loadAll(dir);
            for (DevPage p : all.subList(0, Math.min(limit, all.size()))) {
                docs.add(new RawDocument(p.id(), Format.HTML, p.html(), null, p.url(), null, Map.of()));
                bytes += p.html().length;
            }
        }
        runPass(docs); // warm-up: JIT and class loading
        HeapSampler heap = HeapSampler.start(20);
        int failures = 0;
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            failures += runPass(docs);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.peakBytes();
        heap.close();
        int pages = docs.size() * passes;
        return new Result(docs.size(), bytes, passes, seconds, pages / seconds, bytes * (double) passes / 1e6 / seconds,
                peak, failures / Math.max(1, passes));
    }

    private int runPass(List<RawDocument> docs) {
        int failures = 0;
        for (RawDocument d : docs) {
            try {
                extractor.extract(d.source(), d);
            } catch (ExtractionException | RuntimeException e) {
                failures++;
            }
        }
        return failures;
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%d pages (%.1f MB), %d timed passes after 1 warm-up, single thread%n", r.pages(),
                r.bytes() / 1e6, r.passes());
        out.printf(Locale.ROOT, "  %.1f pages/s   %.1f MB/s   %.2f s   peak heap %.0f MB (sampled)   "
                + "%d pages without article per pass%n", r.pagesPerSecond(), r.megabytesPerSecond(), r.seconds(),
                r.peakHeapBytes() / 1e6, r.failures());
    }
}
