package org.triangulate.testkit.cluster;

import java.nio.file.Path;
import java.util.List;
import org.triangulate.cluster.ClusterSettings;
import org.triangulate.extract.Article;

/** Developer tool: grid over the main clustering parameters on a labelled set; prints one line per setting. */
public final class ClusterTuning {
    private ClusterTuning() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> docs = PlainTextCorpus.load(Path.of(args[0]));
        GoldEvents gold = GoldEvents.read(Path.of(args[1]));
        ClusterSettings base = ClusterSettings.defaults();
        System.out.println("defaults " + ClusterEvaluation.score(docs, gold, base));
        double[] merges = {0.22, 0.25, 0.28, 0.31};
        double[][] weights = {{0.45, 0.45, 0.10, 0.3}, {0.4, 0.5, 0.10, 0.3}, {0.45, 0.45, 0.10, 0.5},
                {0.45, 0.45, 0.10, 0.0}};
        double[] scales = {24 * 30, 24 * 365};
        for (double sc : scales) {
            for (double[] w : weights) {
                for (double m : merges) {
                    ClusterSettings s = base.withWeights(w[0], w[1], w[2], w[3]).withTime(sc, 1)
                            .withThresholds(m, Math.min(m, base.edgeThreshold()));
                    System.out.printf("scale=%.0f w=%s merge=%.2f %s%n", sc, java.util.Arrays.toString(w), m,
                            ClusterEvaluation.score(docs, gold, s));
                }
            }
        }
    }
}
