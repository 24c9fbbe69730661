package org.triangulate.testkit.cluster;

import java.nio.file.Path;
import java.util.List;
import org.triangulate.cluster.ClusterSettings;
import org.triangulate.extract.Article;

/**
 * Developer tool: scores settings on a labelled set, one line per merge threshold. Usage:
 * {@code java -Dtri.merges=0.15,0.17 -Dtri.edge=0.17 -Dtri.floor=0.5 ... ClusterTuning DOCS_DIR GOLD.json}.
 */
public final class ClusterTuning {
    private ClusterTuning() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> docs = PlainTextCorpus.load(Path.of(args[0]));
        GoldEvents gold = GoldEvents.read(Path.of(args[1]));
        ClusterSettings base = ClusterSettings.defaults();
        double[] merges = java.util.Arrays.stream(System.getProperty("tri.merges", "0.17").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        for (double m : merges) {
            double edge = Double.parseDouble(System.getProperty("tri.edge", "0.17"));
            double floor = Double.parseDouble(System.getProperty("tri.floor", "0.5"));
            double timeWeight = Double.parseDouble(System.getProperty("tri.timew", String.valueOf(base.timeWeight())));
            double scale = Double.parseDouble(System.getProperty("tri.scale", String.valueOf(base.timeScaleHours())));
            ClusterSettings s = base.withThresholds(m, Math.min(m, edge)).withLocal(floor, Integer.getInteger("tri.localmin", base.localMinUnits()))
                    .withWeights(Double.parseDouble(System.getProperty("tri.wt", String.valueOf(base.termWeight()))),
                            Double.parseDouble(System.getProperty("tri.we", String.valueOf(base.entityWeight()))),
                            Double.parseDouble(System.getProperty("tri.wh", String.valueOf(base.titleWeight()))),
                            timeWeight)
                    .withTime(scale, base.undatedTime());
            System.out.printf("merge=%.2f %s%n", m, ClusterEvaluation.score(docs, gold, s));
        }
    }
}
