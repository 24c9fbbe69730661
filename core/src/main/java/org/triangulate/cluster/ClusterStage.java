package org.triangulate.cluster;

/** Factory for the cluster stage. */
public final class ClusterStage {
    private ClusterStage() {
    }

    /** A new, empty incremental clusterer with the calibrated defaults. */
    public static Clusterer standard() {
        return new IncrementalClusterer(ClusterSettings.defaults());
    }

    /** A new, empty incremental clusterer with the given settings (evaluation and tuning). */
    public static Clusterer withSettings(ClusterSettings settings) {
        return new IncrementalClusterer(settings);
    }
}
