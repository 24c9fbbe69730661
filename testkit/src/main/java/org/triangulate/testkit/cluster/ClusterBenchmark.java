package org.triangulate.testkit.cluster;


import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.cluster.ClusterStage;
import org.triangulate.cluster.Clusterer;
import org.triangulate.cluster.Clustering;
import org.triangulate.extract.Article;
import org.triangulate.testkit.HeapSampler;

/**
 * The scale benchmark: feeds a generated corpus to the standard clusterer in batches and reports
 * articles/second (clustering only, generation excluded), peak heap and BCubed against the generated truth.
 */
public final class ClusterBenchmark {
    /** Figures of one run. */
    public record Result(int articles, int events, int trueEvents, double seconds, double cpuSeconds,
                         double articlesPerSecond, long peakHeapBytes, long liveHeapBytes, ClusterScores scores) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "articles %d  events %d (true %d)  clustering %.1f s wall, %.1f s CPU"
                            + "  %.0f articles/s (wall)  peak heap %.0f MB, live after GC %.0f MB  BCubed P %.4f R %.4f F1 %.4f"
                            + "  pairwise F1 %.4f", articles, events, trueEvents, seconds, cpuSeconds,
                    articlesPerSecond, peakHeapBytes / 1e6, liveHeapBytes / 1e6, scores.precision(), scores.recall(), scores.f1(),
                    scores.pairF1());
        }
    }

    private ClusterBenchmark() {
    }

    public static Result run(CorpusGenerator generator, int articles, int batch) {
        HeapSampler heap = HeapSampler.start(20);
        Clusterer clusterer = ClusterStage.standard();
        Map<String, String> truth = new HashMap<>();
        long nanos = 0;
        long cpu = 0;
        var threads = ManagementFactory.getThreadMXBean();
        for (int done = 0; done < articles; done += batch) {
            List<Article> part = new ArrayList<>();
            for (CorpusGenerator.Generated g : generator.next(Math.min(batch, articles - done))) {
                part.add(g.article());
                truth.put(g.article().id(), g.event());
            }
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            clusterer.add(part);
            nanos += System.nanoTime() - t0;
            cpu += threads.getCurrentThreadCpuTime() - c0;
        }
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        Clustering c = clusterer.snapshot();
        nanos += System.nanoTime() - t0;
        cpu += threads.getCurrentThreadCpuTime() - c0;
        double seconds = nanos / 1e9;
        ClusterScores scores = ClusterScores.score(ClusterEvaluation.eventMap(c), truth);
        int trueEvents = (int) truth.values().stream().distinct().count();
        long peak = heap.peakBytes();
        heap.close();
        // what the clusterer and its indexes hold (plus the truth map): the heap a long-running service needs
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        java.lang.ref.Reference.reachabilityFence(clusterer);
        return new Result(articles, c.events().size(), trueEvents, seconds, cpu / 1e9, articles / seconds, peak, live,
                scores);
    }
}
