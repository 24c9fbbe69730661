package org.triangulate.testkit.cluster;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.cluster.ClusterStage;
import org.triangulate.cluster.Clusterer;
import org.triangulate.cluster.Clustering;
import org.triangulate.extract.Article;

/**
 * The scale benchmark: feeds a generated corpus to the standard clusterer in batches and reports
 * articles/second (clustering only, generation excluded), peak heap and BCubed against the generated truth.
 */
public final class ClusterBenchmark {
    /** Figures of one run. */
    public record Result(int articles, int events, double seconds, double articlesPerSecond, long peakHeapBytes,
                         ClusterScores scores) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "articles %d  events %d (true %s)  clustering %.1f s  %.0f articles/s"
                            + "  peak heap %.0f MB  BCubed P %.4f R %.4f F1 %.4f  pairwise F1 %.4f", articles, events,
                    "see F1", seconds, articlesPerSecond, peakHeapBytes / 1e6, scores.precision(), scores.recall(),
                    scores.f1(), scores.pairF1());
        }
    }

    private ClusterBenchmark() {
    }

    public static Result run(CorpusGenerator generator, int articles, int batch) {
        resetPeaks();
        Clusterer clusterer = ClusterStage.standard();
        Map<String, String> truth = new HashMap<>();
        long nanos = 0;
        for (int done = 0; done < articles; done += batch) {
            List<Article> part = new ArrayList<>();
            for (CorpusGenerator.Generated g : generator.next(Math.min(batch, articles - done))) {
                part.add(g.article());
                truth.put(g.article().id(), g.event());
            }
            long t0 = System.nanoTime();
            clusterer.add(part);
            nanos += System.nanoTime() - t0;
        }
        long t0 = System.nanoTime();
        Clustering c = clusterer.snapshot();
        nanos += System.nanoTime() - t0;
        double seconds = nanos / 1e9;
        ClusterScores scores = ClusterScores.score(ClusterEvaluation.eventMap(c), truth);
        return new Result(articles, c.events().size(), seconds, articles / seconds, peakHeap(), scores);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
