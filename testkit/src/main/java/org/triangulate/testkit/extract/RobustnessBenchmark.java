package org.triangulate.testkit.extract;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.triangulate.Triangulate;
import org.triangulate.extract.Article;
import org.triangulate.ingest.InputError;
import org.triangulate.testkit.HeapSampler;

/**
 * Reads and extracts each {@link StressInputs} input through the standard ingest and extract stages, as
 * {@code triangulate extract} would (format sniffing, gzip, charset, all passes, language), single thread. After a
 * warm-up on an ordinary page, each input runs once (its first run) and then {@code runs} more times; prints
 * seconds (first and median of the rest), the sampled peak heap and what came out: an article's size and pass, or
 * the error.
 */
public final class RobustnessBenchmark {
    /** Figures for one input. */
    public record Result(String name, String what, long bytes, double firstSeconds, double medianSeconds,
                         double medianCpuSeconds, long peakHeapBytes, String outcome) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Triangulate triangulate = Triangulate.standard();

    /** Runs every input: one cold run, then {@code runs} timed runs. */
    public List<Result> run(List<StressInputs.Input> inputs, int runs, PrintStream progress) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
        // class loading and the first compilations happen on an ordinary page, not on the first hostile input
        byte[] ordinary = StressInputs.articlePage(200_000, false);
        for (int i = 0; i < 20; i++) {
            once("warm-up.html", ordinary);
        }
        List<Result> results = new ArrayList<>();
        for (StressInputs.Input input : inputs) {
            byte[] bytes = input.bytes().get();
            double[] seconds = new double[runs + 1];
            double[] cpu = new double[runs + 1];
            long peak = 0;
            String outcome = null;
            for (int i = 0; i <= runs; i++) {
                System.gc();
                try (HeapSampler heap = HeapSampler.start(5)) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    outcome = once(input.name(), bytes);
                    seconds[i] = (System.nanoTime() - t0) / 1e9;
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                    peak = Math.max(peak, heap.peakBytes());
                }
            }
            double[] warm = Arrays.copyOfRange(seconds, 1, seconds.length);
            Arrays.sort(warm);
            double[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
            Arrays.sort(warmCpu);
            Result r = new Result(input.name(), input.what(), bytes.length, seconds[0], warm[warm.length / 2],
                    warmCpu[warmCpu.length / 2], peak, outcome);
            results.add(r);
            if (progress != null) {
                print(r, progress);
            }
        }
        return results;
    }

    /** One read-and-extract; returns what came out. */
    private String once(String name, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        triangulate.ingester().ingestStream(name, new ByteArrayInputStream(bytes), doc -> {
            Article a = triangulate.extractOne(doc.source(), doc, errors::add);
            if (a != null) {
                articles.add(a);
            }
        }, errors::add);
        StringBuilder out = new StringBuilder();
        for (Article a : articles) {
            out.append(out.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT, "article %d paragraphs, %d chars",
                    a.paragraphs().size(), a.text().length()));
            String text = a.provenance().get("text");
            if (text != null) {
                out.append(" (").append(text).append(')');
            }
        }
        for (InputError e : errors) {
            out.append(out.isEmpty() ? "" : "; ").append("error (").append(e.stage()).append("): ").append(e.reason());
        }
        return out.isEmpty() ? "nothing" : out.toString();
    }

    public static void printHeader(PrintStream out, int runs) {
        out.printf(Locale.ROOT, "single thread; wall seconds of the first run and median of %d more, CPU seconds of the "
                + "extracting thread (median), peak heap sampled every 5 ms%n", runs);
        out.printf(Locale.ROOT, "%-26s %6s %8s %7s %6s %8s  %s%n", "input", "MB", "first s", "warm s", "CPU s",
                "heap MB", "outcome");
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%-26s %6.1f %8.2f %7.2f %6.2f %8.0f  %s%n", r.name(), r.bytes() / 1e6,
                r.firstSeconds(), r.medianSeconds(), r.medianCpuSeconds(), r.peakHeapBytes() / 1e6, r.outcome());
    }
}
