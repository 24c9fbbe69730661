package org.triangulate.cluster;

/**
 * The combined similarity: weighted TF-IDF cosines (terms, entities, headline), scaled by a time-decay factor
 * {@code (1 - timeWeight) + timeWeight * exp(-gap / timeScaleHours)} when both sides are dated (reports far
 * apart in time are less likely the same event; undated reports are not penalised).
 */
final class Similarity {
    private Similarity() {
    }

    /** Time spans are [min, max] in epoch seconds, or {@link Doc#UNDATED} for both when undated. */
    static double combined(ClusterSettings s, SparseVector aT, SparseVector aE, SparseVector aH, long aMin,
                           long aMax, SparseVector bT, SparseVector bE, SparseVector bH, long bMin, long bMax) {
        double content = s.termWeight() * SparseVector.cosine(aT, bT)
                + s.entityWeight() * SparseVector.cosine(aE, bE)
                + s.titleWeight() * SparseVector.cosine(aH, bH);
        return content * ((1 - s.timeWeight()) + s.timeWeight() * time(s, aMin, aMax, bMin, bMax));
    }

    static double time(ClusterSettings s, long aMin, long aMax, long bMin, long bMax) {
        double gap = gapHours(aMin, aMax, bMin, bMax);
        return Double.isNaN(gap) ? s.undatedTime() : Math.exp(-gap / s.timeScaleHours());
    }

    /** Hours between two time spans (0 when they overlap), NaN when either is undated. */
    static double gapHours(long aMin, long aMax, long bMin, long bMax) {
        if (aMin == Doc.UNDATED || bMin == Doc.UNDATED) {
            return Double.NaN;
        }
        long gap = Math.max(0, Math.max(aMin - bMax, bMin - aMax));
        return gap / 3600.0;
    }
}
