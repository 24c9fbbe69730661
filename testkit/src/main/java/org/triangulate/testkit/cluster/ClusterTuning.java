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
        double[] merges = {0.2, 0.25, 0.3, 0.35, 0.4};
        double[][] weights = {{0.45, 0.35, 0.10, 0.10}, {0.6, 0.25, 0.05, 0.10}, {0.35, 0.45, 0.10, 0.10},
                {0.5, 0.3, 0.2, 0.0}, {0.4, 0.4, 0.0, 0.2}};
        for (double[] w : weights) {
            for (double m : merges) {
                ClusterSettings s = base.withWeights(w[0], w[1], w[2], w[3]).withThresholds(m, Math.min(m, base.edgeThreshold()));
                System.out.printf("w=%s merge=%.2f %s%n", java.util.Arrays.toString(w), m,
                        ClusterEvaluation.score(docs, gold, s));
            }
        }
    }
}
