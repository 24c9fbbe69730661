package org.triangulate.testkit.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.cluster.ClusterSettings;
import org.triangulate.cluster.ClusterStage;
import org.triangulate.cluster.Clusterer;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.extract.Article;

/** Runs the clusterer over a document directory and scores its events against a gold event map. */
public final class ClusterEvaluation {
    private ClusterEvaluation() {
    }

    /** Loads {@code docsDir} with {@link PlainTextCorpus}, clusters it at once and scores against {@code gold}. */
    public static ClusterScores run(Path docsDir, Path gold, ClusterSettings settings) throws IOException {
        return score(PlainTextCorpus.load(docsDir), GoldEvents.read(gold), settings);
    }

    public static ClusterScores score(List<Article> articles, GoldEvents gold, ClusterSettings settings) {
        Clusterer c = ClusterStage.withSettings(settings);
        c.add(articles);
        return ClusterScores.score(eventMap(c.snapshot()), gold.eventOf());
    }

    /** Article id to event id. */
    public static Map<String, String> eventMap(Clustering clustering) {
        Map<String, String> out = new HashMap<>();
        for (EventCluster e : clustering.events()) {
            for (String a : e.articles()) {
                out.put(a, e.id());
            }
        }
        return out;
    }
}
