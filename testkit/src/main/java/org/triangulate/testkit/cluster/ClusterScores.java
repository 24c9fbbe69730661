package org.triangulate.testkit.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * BCubed precision/recall/F1 and pairwise F1 of a predicted clustering against gold, over the items both
 * know. Items missing from the prediction count as singletons.
 */
public record ClusterScores(int items, double precision, double recall, double f1, double pairPrecision,
                            double pairRecall, double pairF1) {

    /** Scores {@code predicted} (item to cluster) against {@code gold} (item to class) over gold's items. */
    public static ClusterScores score(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        Map<String, String> pred = new HashMap<>();
        for (String item : gold.keySet()) {
            String p = predicted.getOrDefault(item, "\u0000singleton:" + item);
            pred.put(item, p);
            predSize.merge(p, 1, Integer::sum);
            goldSize.merge(gold.get(item), 1, Integer::sum);
            both.merge(p + "\u0001" + gold.get(item), 1, Integer::sum);
        }
        double sp = 0;
        double sr = 0;
        for (String item : gold.keySet()) {
            String p = pred.get(item);
            String g = gold.get(item);
            int inter = both.get(p + "\u0001" + g);
            sp += (double) inter / predSize.get(p);
            sr += (double) inter / goldSize.get(g);
        }
        int n = gold.size();
        double precision = n == 0 ? 1 : sp / n;
        double recall = n == 0 ? 1 : sr / n;
        double tp = 0;
        for (int c : both.values()) {
            tp += c * (c - 1) / 2.0;
        }
        double predPairs = 0;
        for (int c : predSize.values()) {
            predPairs += c * (c - 1) / 2.0;
        }
        double goldPairs = 0;
        for (int c : goldSize.values()) {
            goldPairs += c * (c - 1) / 2.0;
        }
        double pp = predPairs == 0 ? 1 : tp / predPairs;
        double pr = goldPairs == 0 ? 1 : tp / goldPairs;
        return new ClusterScores(n, precision, recall, f(precision, recall), pp, pr, f(pp, pr));
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "items %d  BCubed P %.4f R %.4f F1 %.4f  pairwise P %.4f R %.4f F1 %.4f",
                items, precision, recall, f1, pairPrecision, pairRecall, pairF1);
    }
}
